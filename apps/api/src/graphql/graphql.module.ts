import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { APP_CONFIG } from '../app-config.provider';
import { AuthModule } from '../auth/auth.module';
import { AuthService } from '../auth/auth.service';
import { csrfPlugin } from '../auth/csrf.plugin';
import type { AppConfig } from '../config';
import { graphqlObservabilityPlugin } from '../observability/graphql-observability.plugin';
import type { Metrics } from '../observability/metrics';
import { METRICS } from '../observability/metrics.provider';
import type { GraphQLContext } from './context';
import { formatError } from './format-error';
import { LoaderRegistry } from './loaders';
import { LoadersModule } from './loaders.module';
import { queryCountPlugin } from './query-count.plugin';
import { databaseUnavailableAs503 } from './service-unavailable';

@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [AuthModule, LoadersModule],
      inject: [APP_CONFIG, AuthService, LoaderRegistry, METRICS],
      useFactory: (
        config: AppConfig,
        auth: AuthService,
        loaders: LoaderRegistry,
        metrics: Metrics,
      ) => ({
        path: '/graphql',
        autoSchemaFile: true,
        sortSchema: true,
        graphiql: !config.production,
        introspection: !config.production,
        includeStacktraceInErrorResponses: false,
        formatError,
        plugins: [
          graphqlObservabilityPlugin(metrics),
          csrfPlugin,
          ...(config.exposeQueryCount ? [queryCountPlugin] : []),
        ],
        context: async ({
          req,
          res,
        }: {
          req: Request;
          res: Response;
        }): Promise<GraphQLContext> => ({
          req,
          res,
          auth: await auth.authenticate(req).catch(databaseUnavailableAs503),
          loaders: loaders.create(),
        }),
      }),
    }),
  ],
})
export class AppGraphQLModule {}
