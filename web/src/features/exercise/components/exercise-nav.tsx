import { SectionNav } from '@/components/ui/section-nav';

const links = [
  { to: '/exercise', label: 'Overview', end: true },
  { to: '/exercise/library', label: 'Library' },
  { to: '/exercise/templates', label: 'Templates' },
  { to: '/exercise/programs', label: 'Programs' },
  { to: '/exercise/records', label: 'Records' },
  { to: '/exercise/stats', label: 'Stats' },
];

/** The Exercise section's pages. */
export const ExerciseNav = () => <SectionNav label="Exercise" links={links} />;
