import { Module } from '@nestjs/common';
import { EmployeesModule } from '../employees/employees.module';
import { ProtectionModule } from '../gaps/protection/protection.module';
import { ParticipantOutcomesService } from './participant-outcomes.service';
import { ParticipationRepository } from './participation.repository';
import { ParticipationResolver } from './participation.resolver';
import { ParticipationService } from './participation.service';

/** Who takes part in measures, what completing documents, and the funding report. */
@Module({
  imports: [EmployeesModule, ProtectionModule],
  providers: [
    ParticipationRepository,
    ParticipationService,
    ParticipantOutcomesService,
    ParticipationResolver,
  ],
  exports: [ParticipationRepository],
})
export class ParticipationModule {}
