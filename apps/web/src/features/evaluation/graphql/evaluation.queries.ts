import { graphql } from '@web/gql';

export const IndicatorsQuery = graphql(`
  query Indicators {
    indicators {
      ...IndicatorFields
    }
  }

  fragment IndicatorFields on Indicator {
    id
    name
    description
    source
    computedKind
    kostraCode
    unit
    decimals
    direction
    target
    countsPeople
    measures {
      id
      title
      status
      startsOn
      endsOn
    }
  }
`);

export const IndicatorSeriesQuery = graphql(`
  query IndicatorSeries($indicatorId: ID!, $scope: EvaluationScopeInput!) {
    indicatorSeries(indicatorId: $indicatorId, scope: $scope) {
      ...SeriesFields
    }
  }

  fragment SeriesFields on IndicatorSeries {
    scopeLevel
    scopeId
    scopeName
    median
    runs
    runsLower
    runsUpper
    rounded
    canEnter
    canSetBaseline
    baseline {
      kind
      fromPeriod
      toPeriod
      value
      measuredOn
    }
    points {
      period
      measuredOn
      value
      source
      enteredBy
      inBaseline
      inSignal
    }
    signals {
      kind
      direction
      periods
      sentence
    }
    indicator {
      ...IndicatorFields
    }
  }
`);

export const SeptemberViewQuery = graphql(`
  query SeptemberView($input: SeptemberViewInput!) {
    septemberView(input: $input) {
      indicators {
        ...IndicatorFields
      }
      scopes {
        level
        id
        name
        cells {
          indicatorId
          baselineValue
          currentPeriod
          currentValue
          change
          improved
          signals
          rounded
        }
      }
    }
  }
`);

export const RecordMeasurementMutation = graphql(`
  mutation RecordMeasurement($input: RecordMeasurementInput!) {
    recordMeasurement(input: $input) {
      ...SeriesFields
    }
  }
`);

export const SetIndicatorBaselineMutation = graphql(`
  mutation SetIndicatorBaseline($input: SetBaselineInput!) {
    setIndicatorBaseline(input: $input) {
      ...SeriesFields
    }
  }
`);

export const ImportMeasurementsMutation = graphql(`
  mutation ImportMeasurements($input: ImportMeasurementsInput!) {
    importMeasurements(input: $input) {
      recorded
    }
  }
`);
