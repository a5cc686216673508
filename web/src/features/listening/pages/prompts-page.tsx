import { ChevronLeft } from 'lucide-react';
import { Link } from 'react-router';
import { listeningCategories, listeningDifficulties } from '#common/enums';
import { EmptyFilter } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Field, Select } from '@/components/ui/field';
import { FilterChip } from '@/components/ui/filter-chip';
import { PageHeader } from '@/components/ui/page-header';
import { ListSkeleton } from '@/components/ui/skeleton';
import { useAddressParams } from '@/lib/address-params';
import { useListeningTemplates } from '../api/get-templates';
import type { PromptFilters } from '../api/types';
import { TemplateList } from '../components/template-list';
import { categoryLabels, difficultyLabels, isCategory, isDifficulty } from '../utils/labels';

const TAG = /^[a-z0-9][a-z0-9-]{0,39}$/;

/**
 * The listening prompt library in the Reference section: every prompt by category, filtered by
 * category, level and tag (all kept in the address, so a filtered view can be shared).
 */
export function PromptsPage() {
  const [params, setParam] = useAddressParams();
  const category = params.get('category');
  const difficulty = params.get('difficulty');
  const tag = params.get('tag')?.toLowerCase() ?? null;
  const filters: PromptFilters = {
    category: isCategory(category) ? category : undefined,
    difficulty: isDifficulty(difficulty) ? difficulty : undefined,
    tag: tag && TAG.test(tag) ? tag : undefined,
  };
  const templates = useListeningTemplates(filters);

  let body: React.ReactNode;
  if (templates.isPending) body = <ListSkeleton rows={4} />;
  else if (templates.isError)
    body = (
      <ErrorState
        title="The listening prompts could not be loaded"
        error={templates.error}
        onRetry={() => void templates.refetch()}
        retrying={templates.isFetching}
      />
    );
  else if (templates.data.length === 0)
    body = <EmptyFilter>No prompt matches these filters. Try another level or category.</EmptyFilter>;
  else body = <TemplateList templates={templates.data} onTag={(t) => setParam({ tag: t })} />;

  return (
    <div className="mx-auto w-full max-w-5xl">
      <Link
        to="/reference"
        className="mb-3 inline-flex items-center gap-1 text-sm font-medium text-muted hover:text-fg"
      >
        <ChevronLeft aria-hidden className="size-4" />
        Reference
      </Link>
      <PageHeader
        title="Listening prompts"
        description="Critical-listening exercises for producers: pick one, play a track, and listen for one thing at a time."
      />
      <div className="mb-6 grid gap-3 sm:flex sm:flex-wrap sm:items-end">
        <Field label="Category" className="sm:w-56">
          {({ id }) => (
            <Select id={id} value={filters.category ?? ''} onChange={(e) => setParam({ category: e.target.value })}>
              <option value="">All categories</option>
              {listeningCategories.map((c) => (
                <option key={c} value={c}>
                  {categoryLabels[c]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Level" className="sm:w-44">
          {({ id }) => (
            <Select id={id} value={filters.difficulty ?? ''} onChange={(e) => setParam({ difficulty: e.target.value })}>
              <option value="">Every level</option>
              {listeningDifficulties.map((d) => (
                <option key={d} value={d}>
                  {difficultyLabels[d]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {filters.tag && (
          <FilterChip
            className="justify-self-start sm:mb-0.5"
            onClear={() => setParam({ tag: null })}
            label={`Stop showing only the tag ${filters.tag}`}
          >
            #{filters.tag}
          </FilterChip>
        )}
      </div>
      <div aria-busy={templates.isFetching} className="transition-opacity aria-busy:opacity-70">
        {body}
      </div>
    </div>
  );
}
