import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { groupBy } from '../common/group-by';
import type { Unit } from './models/unit.model';
import { OrganisationRepository } from './organisation.repository';

export interface OrganisationLoaders {
  unitsByMunicipality: DataLoader<string, Unit[]>;
}

/** DataLoaders for this feature, created fresh for every request. */
@Injectable()
export class OrganisationLoaderFactory {
  constructor(private readonly organisation: OrganisationRepository) {}

  create(): OrganisationLoaders {
    return {
      unitsByMunicipality: new DataLoader(async (ids) => {
        const byMunicipality = groupBy(
          await this.organisation.findUnitsByMunicipalityIds(ids),
          (unit) => unit.municipalityId,
        );
        return ids.map((id) => byMunicipality.get(id) ?? []);
      }),
    };
  }
}
