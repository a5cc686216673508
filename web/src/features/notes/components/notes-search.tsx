import { Search } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { SEARCH_QUERY_MAX } from '#common/contracts/notes';
import { controlClass } from '@/components/ui/field';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api-client';
import { cn } from '@/lib/cn';
import { useNoteSearch } from '../api/search-notes';
import { noteKinds } from '../utils/kinds';
import { HighlightedText } from './highlighted-text';

const DEBOUNCE_MS = 250;

/** Search as you type across ideas, infobase entries and references, with the matches marked. */
export function NotesSearch() {
  const id = useId();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const results = useNoteSearch(query);
  const hits = query ? (results.data ?? []) : [];

  let status: React.ReactNode = null;
  if (!query) status = null;
  else if (results.isPending) status = <Skeleton className="h-16 w-full" />;
  else if (results.isError) status = <p className="text-sm text-danger">{errorMessage(results.error)}</p>;
  else if (hits.length === 0)
    status = <p className="text-sm text-muted">Nothing matches “{query}” in your ideas, infobase or references.</p>;

  return (
    <search aria-labelledby={`${id}-label`} className="mb-8 grid gap-3">
      <label id={`${id}-label`} htmlFor={`${id}-q`} className="text-sm font-medium text-fg">
        Search ideas, infobase and references
      </label>
      <div className="relative">
        <Search
          aria-hidden
          className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted"
        />
        <input
          id={`${id}-q`}
          type="search"
          value={text}
          maxLength={SEARCH_QUERY_MAX}
          placeholder="Type to search…"
          onChange={(e) => setText(e.target.value)}
          aria-controls={`${id}-results`}
          className={cn(controlClass, 'h-11 pl-9 text-base')}
        />
      </div>
      <div id={`${id}-results`} aria-live="polite" aria-busy={results.isFetching} className="grid gap-2">
        {status}
        {hits.length > 0 && (
          <ul className="grid gap-2" aria-label="Search results">
            {hits.map((hit) => {
              const info = noteKinds[hit.kind];
              const Icon = info.icon;
              return (
                <li key={`${hit.kind}:${hit.id}`}>
                  <Link
                    to={`${info.path}?open=${hit.id}${hit.archived ? '&view=archive' : ''}`}
                    className="grid gap-1 rounded-xl border border-line bg-surface px-4 py-3 hover:bg-subtle"
                  >
                    <span className="flex items-center gap-2 font-medium text-fg">
                      <Icon aria-hidden className="size-4 shrink-0 text-muted" />
                      <span className="sr-only">{info.noun}: </span>
                      <span className="min-w-0 break-words">
                        <HighlightedText text={hit.title.text} highlights={hit.title.highlights} />
                      </span>
                    </span>
                    {hit.snippet.text && (
                      <span className="line-clamp-3 text-sm break-words text-muted">
                        <HighlightedText text={hit.snippet.text} highlights={hit.snippet.highlights} />
                      </span>
                    )}
                  </Link>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </search>
  );
}
