import { Button } from './button';

/** What a paged (infinite) query offers for its next page. */
export interface NextPage {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/** "Load more" under a list, while its query has another page. */
export function LoadMore({ list, className = 'justify-self-center' }: { list: NextPage; className?: string }) {
  if (!list.hasNextPage) return null;
  return (
    <Button className={className} onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
      Load more
    </Button>
  );
}
