import { registerEnumType } from '@nestjs/graphql';

/** Whose plan: the region's programme, a municipality's plan or a unit's plan. */
export enum PlanLevel {
  REGION = 'REGION',
  MUNICIPALITY = 'MUNICIPALITY',
  UNIT = 'UNIT',
}

export enum PlanStatus {
  DRAFT = 'DRAFT',
  ADOPTED = 'ADOPTED',
  CLOSED = 'CLOSED',
}

/** Lai's four strategies: anskaffe/rekruttere, utvikle, mobilisere, avvikle. */
export enum MeasureStrategy {
  ACQUIRE = 'ACQUIRE',
  DEVELOP = 'DEVELOP',
  MOBILISE = 'MOBILISE',
  PHASE_OUT = 'PHASE_OUT',
}

export enum MeasureKind {
  COURSE = 'COURSE',
  FURTHER_EDUCATION = 'FURTHER_EDUCATION',
  HOSPITATION = 'HOSPITATION',
  E_LEARNING = 'E_LEARNING',
  PROFESSIONAL_DAY = 'PROFESSIONAL_DAY',
  NETWORK = 'NETWORK',
  RECRUITMENT = 'RECRUITMENT',
  JOB_ROTATION = 'JOB_ROTATION',
  KNOWLEDGE_SHARING = 'KNOWLEDGE_SHARING',
  CERTIFICATE_RENEWAL = 'CERTIFICATE_RENEWAL',
}

export enum MeasureProvider {
  OWN_STAFF = 'OWN_STAFF',
  OTHER_MUNICIPALITY = 'OTHER_MUNICIPALITY',
  HOSPITAL = 'HOSPITAL',
  UNIVERSITY_COLLEGE = 'UNIVERSITY_COLLEGE',
}

/** The same values as the domain's FundingSource. */
export enum FundingSource {
  OWN_BUDGET = 'OWN_BUDGET',
  COMPETENCE_GRANT = 'COMPETENCE_GRANT',
  OTHER = 'OTHER',
}

/** The same values as the domain's MeasureStatus. */
export enum MeasureStatus {
  PLANNED = 'PLANNED',
  OPEN = 'OPEN',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(PlanLevel, {
  name: 'PlanLevel',
  description: 'Regionalt program (REGION), kommunens plan (MUNICIPALITY), enhetens plan (UNIT).',
});
registerEnumType(PlanStatus, {
  name: 'PlanStatus',
  description: 'Utkast, vedtatt, avsluttet.',
});
registerEnumType(MeasureStrategy, {
  name: 'MeasureStrategy',
  description: "Lai's strategies: anskaffe/rekruttere, utvikle, mobilisere, avvikle.",
});
registerEnumType(MeasureKind, {
  name: 'MeasureKind',
  description:
    'Kurs, videreutdanning, hospitering, e-læring, fagdag, nettverk, rekruttering, jobbrotasjon, kunnskapsdeling, sertifikatfornyelse.',
});
registerEnumType(MeasureProvider, {
  name: 'MeasureProvider',
  description: 'Egne ansatte, en annen kommune, sykehuset, en høgskole/et universitet.',
});
registerEnumType(FundingSource, {
  name: 'FundingSource',
  description: 'Eget budsjett, kompetanse- og innovasjonstilskuddet (statlig), annet.',
});
registerEnumType(MeasureStatus, {
  name: 'MeasureStatus',
  description: 'Planlagt, åpen for påmelding, pågår, fullført, avlyst.',
});
