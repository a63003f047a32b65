import { Module } from '@nestjs/common';
import { OrganisationModule } from '../organisation/organisation.module';
import { CompetencesModule } from '../competences/competences.module';
import { RequirementsLoaderFactory } from './requirements.loaders';
import { RequirementsRepository } from './requirements.repository';
import { RequirementsResolver } from './requirements.resolver';
import { RequirementsService } from './requirements.service';
import { RequirementWrites } from './requirement-writes';
import { StaffingRequirementsResolver } from './staffing-requirements.resolver';

@Module({
  imports: [OrganisationModule, CompetencesModule],
  providers: [
    RequirementsRepository,
    RequirementWrites,
    RequirementsService,
    RequirementsLoaderFactory,
    RequirementsResolver,
    StaffingRequirementsResolver,
  ],
  exports: [RequirementsLoaderFactory, RequirementsRepository],
})
export class RequirementsModule {}
