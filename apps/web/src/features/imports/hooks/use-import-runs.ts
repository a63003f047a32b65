import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { employeeKeys } from '@web/features/employees';
import { DERIVED_FIGURES_KEY, request } from '@web/shared/graphql';
import { ImportRunsQuery } from '../graphql/import-runs.query';
import { UndoImportRunMutation } from '../graphql/undo-import-run.mutation';
import { importKeys } from './import-keys';

/** The municipality's applied imports, newest first. */
export function useImportRuns(municipalityId: string | null) {
  return useQuery({
    queryKey: importKeys.runsOf(municipalityId ?? ''),
    queryFn: async ({ signal }) =>
      (await request(ImportRunsQuery, { municipalityId: municipalityId ?? '' }, { signal }))
        .importRuns,
    enabled: !!municipalityId,
  });
}

/**
 * Undoes a run. Afterwards the employees, the gap figures and the history are refetched:
 * the people are back as they were.
 */
export function useUndoImportRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (runId: string) =>
      (await request(UndoImportRunMutation, { runId })).undoImportRun,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: importKeys.runs() }),
        queryClient.invalidateQueries({ queryKey: employeeKeys.all }),
        queryClient.invalidateQueries({ queryKey: DERIVED_FIGURES_KEY }),
      ]),
  });
}
