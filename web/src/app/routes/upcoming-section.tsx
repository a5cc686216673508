import { useMatches } from 'react-router';
import { ComingSoon } from '@/components/ui/coming-soon';
import { sectionById } from '../sections';

/** The page of a section that is not built yet, named by its route's `handle`. */
export function UpcomingSection() {
  const matches = useMatches();
  const handle = matches.at(-1)?.handle as { sectionId?: string } | undefined;
  const section = handle?.sectionId ? sectionById(handle.sectionId) : undefined;
  if (!section) throw new Error('This section is not known.');
  return <ComingSoon title={section.label} icon={section.icon} summary={section.summary} planned={section.planned} />;
}
