import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { KostraController } from './kostra.controller';
import { KostraImportService } from './kostra-import.service';
import { KostraRepository } from './kostra.repository';
import { KostraResolver } from './kostra.resolver';
import { KostraService } from './kostra.service';

@Module({
  imports: [AuthModule],
  controllers: [KostraController],
  providers: [KostraRepository, KostraImportService, KostraService, KostraResolver],
})
export class KostraModule {}
