import { Module } from '@nestjs/common';
import { MunicipalitiesResolver } from './municipalities.resolver';
import { OrganisationLoaderFactory } from './organisation.loaders';
import { OrganisationRepository } from './organisation.repository';
import { OrganisationService } from './organisation.service';
import { UnitsResolver } from './units.resolver';

@Module({
  providers: [
    OrganisationRepository,
    OrganisationService,
    OrganisationLoaderFactory,
    MunicipalitiesResolver,
    UnitsResolver,
  ],
  exports: [OrganisationLoaderFactory, OrganisationRepository],
})
export class OrganisationModule {}
