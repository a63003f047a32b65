import { Module } from '@nestjs/common';
import { CompetencesLoaderFactory } from './competences.loaders';
import { CompetencesRepository } from './competences.repository';
import { CompetencesResolver } from './competences.resolver';
import { CompetencesService } from './competences.service';
import { ProfessionsResolver } from './professions.resolver';

@Module({
  providers: [
    CompetencesRepository,
    CompetencesService,
    CompetencesLoaderFactory,
    CompetencesResolver,
    ProfessionsResolver,
  ],
  exports: [CompetencesLoaderFactory, CompetencesRepository],
})
export class CompetencesModule {}
