import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * The page's query string as state (filters, the open item): `setParam({ key: value })` changes
 * only the keys it names (null or '' removes one) and replaces the history entry, so changing a
 * filter does not add a step to Back.
 */
export function useAddressParams(): [URLSearchParams, (changes: Record<string, string | null>) => void] {
  const [params, setParams] = useSearchParams();
  const setParam = useCallback(
    (changes: Record<string, string | null>) =>
      setParams(
        (p) => {
          for (const [key, value] of Object.entries(changes)) {
            if (value === null || value === '') p.delete(key);
            else p.set(key, value);
          }
          return p;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [params, setParam];
}
