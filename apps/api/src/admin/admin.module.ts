import { Module } from '@nestjs/common';
import { OrganisationModule } from '../organisation/organisation.module';
import { AdminRepository } from './admin.repository';
import { AdminResolver } from './admin.resolver';
import { AdminService } from './admin.service';

@Module({
  imports: [OrganisationModule],
  providers: [AdminRepository, AdminService, AdminResolver],
})
export class AdminModule {}
