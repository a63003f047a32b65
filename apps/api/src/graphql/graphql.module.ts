import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { APP_CONFIG } from '../app-config.provider';
import { AuditService } from '../audit/audit.service';
import { AuthModule } from '../auth/auth.module';
import { AuthService } from '../auth/auth.service';
import { csrfPlugin } from '../auth/csrf.plugin';
import type { AppConfig } from '../config';
import type { GraphQLContext } from './context';
import { formatError } from './format-error';
import { LoaderRegistry } from './loaders';
import { LoadersModule } from './loaders.module';
import { queryCountPlugin } from './query-count.plugin';

@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [AuthModule, LoadersModule],
      inject: [APP_CONFIG, AuthService, LoaderRegistry, AuditService],
      useFactory: (
        config: AppConfig,
        auth: AuthService,
        loaders: LoaderRegistry,
        audit: AuditService,
      ) => ({
        path: '/graphql',
        autoSchemaFile: true,
        sortSchema: true,
        graphiql: !config.production,
        introspection: !config.production,
        includeStacktraceInErrorResponses: false,
        formatError,
        plugins: [csrfPlugin(audit), ...(config.exposeQueryCount ? [queryCountPlugin] : [])],
        context: async ({
          req,
          res,
        }: {
          req: Request;
          res: Response;
        }): Promise<GraphQLContext> => ({
          req,
          res,
          auth: await auth.authenticate(req),
          loaders: loaders.create(),
        }),
      }),
    }),
  ],
})
export class AppGraphQLModule {}
