import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { employeeKeys } from '@web/features/employees';
import { DERIVED_FIGURES_KEY } from '@web/shared/graphql';
import type { ImportTarget } from '../utils/import-request';
import { uploadImport, type UploadProgress } from '../utils/upload-import';
import { importKeys } from './import-keys';

/**
 * Uploads a file for a dry run or a real import, with progress. After a real
 * run that wrote something, every employee list and profile and the import history are
 * refetched and the gap figures are marked stale.
 */
export function useImportUpload() {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const mutation = useMutation({
    mutationFn: ({ target, file }: { target: ImportTarget; file: File }) => {
      setProgress({ loaded: 0, total: file.size, processing: false });
      return uploadImport(target, file, setProgress);
    },
    onSettled: () => setProgress(null),
    onSuccess: async (outcome) => {
      if (outcome.kind === 'report' && outcome.report.applied) {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: employeeKeys.all }),
          queryClient.invalidateQueries({ queryKey: DERIVED_FIGURES_KEY }),
          queryClient.invalidateQueries({ queryKey: importKeys.runs() }),
        ]);
      }
    },
  });
  return { ...mutation, progress };
}
