import { Module } from '@nestjs/common';
import { OrganisationModule } from '../organisation/organisation.module';
import { CompetencesModule } from '../competences/competences.module';
import { ProtectionModule } from './protection/protection.module';
import { GapContextService } from './gap-context.service';
import { GAP_FIELD_RESOLVERS } from './gap-fields.resolver';
import { GapsRepository } from './gaps.repository';
import { GapsResolver } from './gaps.resolver';
import { GapsService } from './gaps.service';
import { StaffingGapsRepository } from './staffing-gaps.repository';
import { StaffingGapsResolver } from './staffing-gaps.resolver';
import { StaffingGapsService } from './staffing-gaps.service';
import { WorkforceRepository } from './workforce.repository';
import { WorkforceService } from './workforce.service';

@Module({
  imports: [ProtectionModule, OrganisationModule, CompetencesModule],
  providers: [
    GapsRepository,
    GapContextService,
    GapsService,
    WorkforceRepository,
    WorkforceService,
    GapsResolver,
    ...GAP_FIELD_RESOLVERS,
    StaffingGapsRepository,
    StaffingGapsService,
    StaffingGapsResolver,
  ],
})
export class GapsModule {}
