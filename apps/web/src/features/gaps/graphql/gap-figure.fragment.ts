import { graphql } from '@web/gql';

// Every figure about people may be rounded (sums of randomly rounded groups): shown as "≈ 120".
export const GapFigureFields = graphql(`
  fragment GapFigure on Figure {
    value
    suppressed
    reason
    reasonCode
    rounded
  }
`);
