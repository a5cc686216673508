import { useMutation } from '@tanstack/react-query';
import { fetchApi } from '@/lib/api-client';

const filenameFrom = (disposition: string | null): string | null =>
  disposition ? (/filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? null) : null;

/** GET /api/user/export, saved as a JSON file. */
export function useExportData() {
  return useMutation({
    mutationFn: async () => {
      const response = await fetchApi('GET', '/user/export');
      const blob = await response.blob();
      const name =
        filenameFrom(response.headers.get('content-disposition')) ??
        `cadence-export-${new Date().toISOString().slice(0, 10)}.json`;
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      // Give the download a moment to start before releasing the blob.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return name;
    },
  });
}
