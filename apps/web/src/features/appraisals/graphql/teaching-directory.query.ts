import { graphql } from '@web/gql';

export const TeachingDirectoryQuery = graphql(`
  query TeachingDirectory($competenceId: ID, $municipalityId: ID) {
    teachingDirectory(competenceId: $competenceId, municipalityId: $municipalityId) {
      competenceId
      competence {
        id
        name
        area
      }
      people {
        employeeId
        name
        unitId
        unitName
        municipalityName
      }
      anonymous {
        ...AppraisalFigureFields
      }
    }
  }
`);
