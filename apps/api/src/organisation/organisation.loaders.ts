import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { groupBy } from '../common/group-by';
import type { Municipality } from './models/municipality.model';
import type { Unit } from './models/unit.model';
import { OrganisationRepository } from './organisation.repository';

export interface OrganisationLoaders {
  unitsByMunicipality: DataLoader<string, Unit[]>;
  unitById: DataLoader<string, Unit | null>;
  municipalityById: DataLoader<string, Municipality | null>;
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
      unitById: new DataLoader(async (ids) => {
        const byId = new Map((await this.organisation.findUnitsByIds(ids)).map((u) => [u.id, u]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      municipalityById: new DataLoader(async (ids) => {
        const byId = new Map(
          (await this.organisation.findMunicipalitiesByIds(ids)).map((m) => [m.id, m]),
        );
        return ids.map((id) => byId.get(id) ?? null);
      }),
    };
  }
}
