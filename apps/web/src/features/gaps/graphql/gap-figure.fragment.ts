import { graphql } from '@web/gql';

// Every figure about people may be hidden for small groups; the reason is shown in its place.
export const GapFigureFields = graphql(`
  fragment GapFigure on Figure {
    value
    suppressed
    reason
    reasonCode
  }
`);
