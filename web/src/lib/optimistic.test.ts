import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { applyOptimistic, rollbackOptimistic } from './optimistic';

const key = ['things'] as const;

/** A read whose answer the test gives when it likes. */
function slowRead(client: QueryClient, answer: string[]) {
  let release: () => void = () => {};
  const observer = new QueryObserver(client, {
    queryKey: key,
    queryFn: () =>
      new Promise<string[]>((resolve) => {
        release = () => resolve(answer);
      }),
  });
  const unsubscribe = observer.subscribe(() => {});
  return { release: () => release(), unsubscribe };
}

describe('applyOptimistic', () => {
  it('changes the cached data before it returns, and hands back what was there', () => {
    const client = new QueryClient();
    client.setQueryData(key, ['a']);
    const snapshot = applyOptimistic<string[]>(client, key, (list) => [...list, 'b']);
    expect(client.getQueryData(key)).toEqual(['a', 'b']);
    expect(snapshot.previous).toEqual(['a']);
    rollbackOptimistic(client, snapshot);
    expect(client.getQueryData(key)).toEqual(['a']);
  });

  it('cancels a read in flight without going back to the data from before the guess', async () => {
    const client = new QueryClient();
    client.setQueryData(key, ['a']);
    const read = slowRead(client, ['a']); // stale: started before the change
    expect(client.getQueryState(key)?.fetchStatus).toBe('fetching');
    applyOptimistic<string[]>(client, key, (list) => [...list, 'b']);
    expect(client.getQueryState(key)?.fetchStatus).toBe('idle');
    expect(client.getQueryData(key)).toEqual(['a', 'b']);
    read.release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(client.getQueryData(key)).toEqual(['a', 'b']);
    read.unsubscribe();
  });

  it('leaves an entry that has no data yet alone', () => {
    const client = new QueryClient();
    const snapshot = applyOptimistic<string[]>(client, key, (list) => [...list, 'b']);
    expect(client.getQueryData(key)).toBeUndefined();
    rollbackOptimistic(client, snapshot);
    expect(client.getQueryData(key)).toBeUndefined();
  });
});
