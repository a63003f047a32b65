import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateCompetenceInput, UpdateCompetenceInput } from '@web/gql/graphql';
import { request } from '@web/shared/graphql';
import { CreateCompetenceMutation } from '../graphql/create-competence.mutation';
import { UpdateCompetenceMutation } from '../graphql/update-competence.mutation';
import { competenceKeys } from './competence-keys';

export type SaveCompetenceInput =
  | { kind: 'create'; input: CreateCompetenceInput }
  | { kind: 'update'; input: UpdateCompetenceInput };

/**
 * Creates or updates a catalogue entry. It counts as done once the catalogue
 * is refetched, so the page the user lands on already shows the change.
 */
export function useSaveCompetence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (save: SaveCompetenceInput) =>
      save.kind === 'create'
        ? (await request(CreateCompetenceMutation, { input: save.input })).createCompetence
        : (await request(UpdateCompetenceMutation, { input: save.input })).updateCompetence,
    onSuccess: async (competence) => {
      queryClient.setQueryData(competenceKeys.detail(competence.id), competence);
      await queryClient.invalidateQueries({ queryKey: competenceKeys.all });
    },
  });
}
