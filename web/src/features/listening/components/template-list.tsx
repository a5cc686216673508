import { Link } from 'react-router';
import type { ListeningCategory } from '#common/contracts/listening';
import { listeningCategories } from '#common/enums';
import type { ListeningTemplateWire } from '../api/types';
import { categoryLabels } from '../utils/labels';
import { DifficultyBadge } from './difficulty-badge';
import { TagButton } from './tag-button';

interface TemplateListProps {
  templates: ListeningTemplateWire[];
  /** Show only the prompts with this tag. */
  onTag: (tag: string) => void;
}

/** The prompts grouped under their category, in catalogue order. */
export function TemplateList({ templates, onTag }: TemplateListProps) {
  const groups = listeningCategories
    .map((category) => ({ category, items: templates.filter((t) => t.category === category) }))
    .filter((g) => g.items.length > 0);
  return (
    <div className="grid gap-8">
      {groups.map(({ category, items }) => (
        <CategoryGroup key={category} category={category} items={items} onTag={onTag} />
      ))}
    </div>
  );
}

function CategoryGroup({
  category,
  items,
  onTag,
}: {
  category: ListeningCategory;
  items: ListeningTemplateWire[];
  onTag: (tag: string) => void;
}) {
  const headingId = `listening-category-${category}`;
  return (
    <section aria-labelledby={headingId} className="grid gap-3">
      <h2 id={headingId} className="text-lg font-semibold">
        {categoryLabels[category]}
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2">
        {items.map((t) => (
          <li key={t.id} className="grid content-start gap-2 rounded-xl border border-line bg-surface p-4 shadow-xs">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h3 className="min-w-0 text-[15px] font-semibold">
                <Link
                  to={`/reference/prompts/${t.key}`}
                  className="text-fg hover:text-accent-text hover:underline focus-visible:outline-2 focus-visible:outline-accent"
                >
                  {t.title}
                </Link>
              </h3>
              <DifficultyBadge difficulty={t.difficulty} />
            </div>
            <p className="text-sm text-muted">{t.description}</p>
            {t.tags.length > 0 && (
              <ul aria-label="Tags" className="flex flex-wrap gap-1.5">
                {t.tags.map((tag) => (
                  <li key={tag}>
                    <TagButton tag={tag} onClick={() => onTag(tag)} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
