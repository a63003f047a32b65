import { Module } from '@nestjs/common';
import { CompetencesModule } from '../competences/competences.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { ActionPlansResolver } from './action-plans.resolver';
import { ActionPlansService } from './action-plans.service';
import { MeasureDraftsResolver } from './measure-drafts.resolver';
import { MeasureDraftsService } from './measure-drafts.service';
import { MeasureValuesResolver } from './measure-values';
import {
  MeasureShareResolver,
  MeasuresResolver,
  MeasureTargetResolver,
  MeasureTeacherResolver,
} from './measures.resolver';
import { MeasureReader, MeasuresService } from './measures.service';
import { PlansLoaderFactory } from './plans.loaders';
import { PlansRepository } from './plans.repository';

@Module({
  imports: [OrganisationModule, CompetencesModule],
  providers: [
    PlansRepository,
    ActionPlansService,
    MeasureReader,
    MeasureValuesResolver,
    MeasuresService,
    MeasureDraftsService,
    PlansLoaderFactory,
    ActionPlansResolver,
    MeasuresResolver,
    MeasureTargetResolver,
    MeasureShareResolver,
    MeasureTeacherResolver,
    MeasureDraftsResolver,
  ],
  exports: [PlansLoaderFactory, PlansRepository],
})
export class PlansModule {}
