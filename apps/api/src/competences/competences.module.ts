import { Module } from '@nestjs/common';
import { CompetencesLoaderFactory } from './competences.loaders';

@Module({
  providers: [CompetencesLoaderFactory],
  exports: [CompetencesLoaderFactory],
})
export class CompetencesModule {}
