import { MunicipalityEntity } from '../organisation/municipality.entity';
import { RegionEntity } from '../organisation/region.entity';
import { UnitEntity } from '../organisation/unit.entity';

export const entities = [RegionEntity, MunicipalityEntity, UnitEntity];
