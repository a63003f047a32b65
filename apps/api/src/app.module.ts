import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from './app-config.provider';
import { HeavyWorkLimiter, heavyWorkOptions } from './common/heavy-work';
import type { AppConfig } from './config';
import { AdminModule } from './admin/admin.module';
import { AppraisalsModule } from './appraisals/appraisals.module';
import { AuditExportModule } from './audit/audit-export.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CompetencesModule } from './competences/competences.module';
import { EmployeesModule } from './employees/employees.module';
import { EvaluationModule } from './evaluation/evaluation.module';
import { GapsModule } from './gaps/gaps.module';
import { ExportsModule } from './exports/exports.module';
import { ImportsModule } from './imports/imports.module';
import { KostraModule } from './kostra/kostra.module';
import { AppGraphQLModule } from './graphql/graphql.module';
import { HealthController } from './health/health.controller';
import type { Metrics } from './observability/metrics';
import { METRICS } from './observability/metrics.provider';
import { OrganisationModule } from './organisation/organisation.module';
import { ParticipationModule } from './participation/participation.module';
import { PlansModule } from './plans/plans.module';
import { PrivacyModule } from './privacy/privacy.module';
import { RequirementsModule } from './requirements/requirements.module';

@Module({})
export class AppModule {
  /** The data source arrives initialised and migrated (see bootstrap). */
  static forRoot(config: AppConfig, dataSource: DataSource, metrics: Metrics): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSource.options,
          dataSourceFactory: async () => dataSource,
        }),
        AuditModule,
        AuthModule,
        OrganisationModule,
        EmployeesModule,
        CompetencesModule,
        ImportsModule,
        KostraModule,
        ExportsModule,
        AuditExportModule,
        PrivacyModule,
        AdminModule,
        AppraisalsModule,
        RequirementsModule,
        GapsModule,
        ParticipationModule,
        PlansModule,
        EvaluationModule,
        AppGraphQLModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: METRICS, useValue: metrics },
        {
          provide: HeavyWorkLimiter,
          useValue: new HeavyWorkLimiter(
            heavyWorkOptions(config.poolSize, config.heavyConcurrency),
          ),
        },
      ],
      exports: [APP_CONFIG, METRICS, HeavyWorkLimiter],
    };
  }
}
