import { registerEnumType } from '@nestjs/graphql';

export enum IndicatorSource {
  COMPUTED = 'COMPUTED',
  ENTERED = 'ENTERED',
  KOSTRA = 'KOSTRA',
}
registerEnumType(IndicatorSource, {
  name: 'IndicatorSource',
  description: 'Computed by the service, entered by people (by hand or CSV), or from KOSTRA.',
});

export enum ComputedIndicatorKind {
  COMPETENCE_COVERAGE = 'COMPETENCE_COVERAGE',
  FOCUS_AREA_COVERAGE = 'FOCUS_AREA_COVERAGE',
  APPRAISAL_COMPLETION = 'APPRAISAL_COMPLETION',
  HEALTH_EDUCATION_FTE = 'HEALTH_EDUCATION_FTE',
  HIGHER_EDUCATION_FTE = 'HIGHER_EDUCATION_FTE',
  TURNOVER = 'TURNOVER',
  STAFF_LEAVING = 'STAFF_LEAVING',
  CERTIFICATES_EXPIRING = 'CERTIFICATES_EXPIRING',
  GAP_CLOSED_BY_MEASURES = 'GAP_CLOSED_BY_MEASURES',
}
registerEnumType(ComputedIndicatorKind, {
  name: 'ComputedIndicatorKind',
  description: 'What a computed indicator measures (docs/evaluation.md).',
});

export enum IndicatorDirection {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
}
registerEnumType(IndicatorDirection, { name: 'IndicatorDirection' });

export enum EvaluationScopeLevel {
  REGION = 'REGION',
  MUNICIPALITY = 'MUNICIPALITY',
  UNIT = 'UNIT',
}
registerEnumType(EvaluationScopeLevel, { name: 'EvaluationScopeLevel' });

export enum BaselineKind {
  PERIOD = 'PERIOD',
  VALUE = 'VALUE',
}
registerEnumType(BaselineKind, {
  name: 'BaselineKind',
  description: 'A period of months (its median is the centre line) or a fixed value.',
});

export enum MeasurementSource {
  COMPUTED = 'COMPUTED',
  REBUILT = 'REBUILT',
  ENTERED = 'ENTERED',
  IMPORTED = 'IMPORTED',
  KOSTRA = 'KOSTRA',
}
registerEnumType(MeasurementSource, {
  name: 'MeasurementSource',
  description:
    'COMPUTED at a month end, REBUILT afterwards from past data, ENTERED by hand, IMPORTED from CSV, or from KOSTRA.',
});

export enum RunChartSignalKind {
  SHIFT = 'SHIFT',
  TREND = 'TREND',
  TOO_FEW_RUNS = 'TOO_FEW_RUNS',
  TOO_MANY_RUNS = 'TOO_MANY_RUNS',
}
registerEnumType(RunChartSignalKind, { name: 'RunChartSignalKind' });
