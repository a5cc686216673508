import { ChevronRight } from 'lucide-react';
import { Link, useMatches } from 'react-router';
import { ComingSoon } from '@/components/ui/coming-soon';
import { sectionById } from '../sections';

/** The page of a section that is not built yet, named by its route's `handle`. */
export function UpcomingSection() {
  const matches = useMatches();
  const handle = matches.at(-1)?.handle as { sectionId?: string } | undefined;
  const section = handle?.sectionId ? sectionById(handle.sectionId) : undefined;
  if (!section) throw new Error('This section is not known.');
  return (
    <ComingSoon title={section.label} icon={section.icon} summary={section.summary} planned={section.planned}>
      {section.ready && section.ready.length > 0 && (
        <section aria-labelledby="section-ready" className="mt-6 grid gap-3">
          <h2 id="section-ready" className="text-lg font-semibold">
            Ready now
          </h2>
          <ul className="grid gap-3">
            {section.ready.map((page) => (
              <li key={page.path}>
                <Link
                  to={page.path}
                  className="flex items-center gap-3 rounded-xl border border-line bg-surface px-5 py-4 shadow-xs transition hover:border-line-strong hover:bg-subtle"
                >
                  <span className="min-w-0 flex-1">
                    <span className="block text-[15px] font-semibold text-fg">{page.label}</span>
                    <span className="block text-sm text-muted">{page.summary}</span>
                  </span>
                  <ChevronRight aria-hidden className="size-4 shrink-0 text-muted" />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </ComingSoon>
  );
}
