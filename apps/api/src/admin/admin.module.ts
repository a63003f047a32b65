import { Module } from '@nestjs/common';
import { AdminRepository } from './admin.repository';
import { AdminResolver } from './admin.resolver';
import { AdminService } from './admin.service';

@Module({ providers: [AdminRepository, AdminService, AdminResolver] })
export class AdminModule {}
