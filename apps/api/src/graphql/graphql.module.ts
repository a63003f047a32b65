import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { APP_CONFIG } from '../app-config.provider';
import { AuditService } from '../audit/audit.service';
import { AuthModule } from '../auth/auth.module';
import { AuthService } from '../auth/auth.service';
import { Scope } from '../auth/scope';
import { csrfPlugin } from '../auth/csrf.plugin';
import { HeavyWorkLimiter } from '../common/heavy-work';
import type { AppConfig } from '../config';
import { graphqlObservabilityPlugin } from '../observability/graphql-observability.plugin';
import type { Metrics } from '../observability/metrics';
import { METRICS } from '../observability/metrics.provider';
import { alignArgumentTypes } from './argument-types';
import type { GraphQLContext } from './context';
import { createFormatError } from './format-error';
import { limitHeavyFields } from './heavy-fields';
import { LoaderRegistry } from './loaders';
import { LoadersModule } from './loaders.module';
import { queryCountPlugin } from './query-count.plugin';
import { QUERY_LIMITS } from './query-limits';
import { queryLimitsPlugin } from './query-limits.plugin';
import { resolvers } from './resolvers';
import { databaseUnavailableAs503 } from './service-unavailable';

// before Nest reads the parameter types: every input-type argument gets validated
alignArgumentTypes(resolvers);

@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [AuthModule, LoadersModule],
      inject: [APP_CONFIG, AuthService, LoaderRegistry, METRICS, HeavyWorkLimiter, AuditService],
      useFactory: (
        config: AppConfig,
        auth: AuthService,
        loaders: LoaderRegistry,
        metrics: Metrics,
        heavyWork: HeavyWorkLimiter,
        audit: AuditService,
      ) => ({
        path: '/graphql',
        autoSchemaFile: true,
        sortSchema: true,
        graphiql: !config.production,
        introspection: !config.production,
        // no "Did you mean …" in production: with introspection off, hints would reveal the schema
        hideSchemaDetailsFromClientErrors: config.production,
        includeStacktraceInErrorResponses: false,
        // request limits (docs/limits.md): size before validation, shape and cost after it
        parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
        allowBatchedHttpRequests: false,
        transformSchema: (schema) => limitHeavyFields(schema, heavyWork),
        formatError: createFormatError({
          hideSuggestions: config.production,
          statementTimeoutMs: config.statementTimeoutMs,
        }),
        plugins: [
          graphqlObservabilityPlugin(metrics),
          csrfPlugin(audit),
          queryLimitsPlugin(),
          ...(config.exposeQueryCount ? [queryCountPlugin] : []),
        ],
        context: async ({ req, res }: { req: Request; res: Response }): Promise<GraphQLContext> => {
          const requestAuth = await auth.authenticate(req).catch(databaseUnavailableAs503);
          return {
            req,
            res,
            auth: requestAuth,
            loaders: loaders.create(Scope.ofRequest(requestAuth.actor)),
          };
        },
      }),
    }),
  ],
})
export class AppGraphQLModule {}
