import { SectionNav } from '@/components/ui/section-nav';

const links = [
  { to: '/learn', label: 'Overview', end: true },
  { to: '/learn/review', label: 'Review' },
  { to: '/learn/progress', label: 'Progress' },
];

/** The Learn section's pages. */
export const LearnNav = () => <SectionNav label="Learn" links={links} />;
