import { CompetenceEntity } from '../competences/competence.entity';
import { AssessmentEntity } from '../employees/assessment.entity';
import { EmployeeEntity } from '../employees/employee.entity';
import { QualificationEntity } from '../employees/qualification.entity';
import { MunicipalityEntity } from '../organisation/municipality.entity';
import { RegionEntity } from '../organisation/region.entity';
import { UnitEntity } from '../organisation/unit.entity';

export const entities = [
  RegionEntity,
  MunicipalityEntity,
  UnitEntity,
  CompetenceEntity,
  EmployeeEntity,
  QualificationEntity,
  AssessmentEntity,
];
