import {
  AudioWaveform,
  BookOpen,
  CalendarDays,
  ChartLine,
  Dumbbell,
  GraduationCap,
  Inbox,
  Library,
  Lightbulb,
  Link2,
  type LucideIcon,
  MessageSquare,
  Repeat,
  Settings,
  Shield,
  Store,
  Sun,
  Swords,
  Target,
  Timer,
} from 'lucide-react';
import type { Permission } from '#common/permissions';
import { adminPermissions } from '@/features/admin/admin-pages';

export type SectionGroup = 'Today' | 'Plan' | 'Grow' | 'Body & mind' | 'Create' | 'System';

export interface Section {
  id: string;
  path: string;
  label: string;
  icon: LucideIcon;
  group: SectionGroup;
  /** One line on what the section is for. */
  summary: string;
  /** What a section that is not built yet will hold (shown on its coming-soon page). */
  planned: string[];
  /** Shown only to users with this permission, or with any one of a list. */
  permission?: Permission | readonly Permission[];
  /** Pages of the section that are ready before the section's own page (linked from its coming-soon page). */
  ready?: { path: string; label: string; summary: string }[];
  /** Shown in the phone's bottom tab bar. */
  tab?: boolean;
}

/** Every section of the app, in navigation order. */
export const sections: Section[] = [
  {
    id: 'today',
    path: '/today',
    label: 'Today',
    icon: Sun,
    group: 'Today',
    tab: true,
    summary: 'One clear place to begin: what matters now, and a single next step.',
    planned: [
      'A single "start here" suggestion',
      "Today's plan with quick completion",
      'Habits still due today',
      'Level, XP and streaks at a glance',
      'A gentle welcome back after a break',
    ],
  },
  {
    id: 'focus',
    path: '/focus',
    label: 'Focus',
    icon: Timer,
    group: 'Today',
    tab: true,
    summary: 'Deep-work sessions with a big, calm timer.',
    planned: [
      'A big timer with focus and break presets',
      'Pause and resume across devices',
      'Music libraries to focus with',
      'History and minutes per day',
    ],
  },
  {
    id: 'inbox',
    path: '/inbox',
    label: 'Inbox',
    icon: Inbox,
    group: 'Today',
    summary: 'Capture anything in a second, sort it later.',
    planned: ['Quick capture from anywhere', 'Tags and search', 'Turn an item into a task, idea or note'],
  },
  {
    id: 'planner',
    path: '/planner',
    label: 'Planner',
    icon: CalendarDays,
    group: 'Plan',
    summary: 'Your month, week and day in one calendar.',
    planned: ['Month, week and day views', 'Drag to reschedule', 'Recurring events', 'A calendar feed for other apps'],
  },
  {
    id: 'habits',
    path: '/habits',
    label: 'Habits',
    icon: Repeat,
    group: 'Plan',
    tab: true,
    summary: 'Small routines, kept without guilt.',
    planned: ['Daily and weekly habits', 'A heat-map of every day', 'Habit strength over time', 'Skip a day, no shame'],
  },
  {
    id: 'goals',
    path: '/goals',
    label: 'Goals',
    icon: Target,
    group: 'Plan',
    summary: 'Bigger aims broken into milestones.',
    planned: ['Goals with milestones', 'Progress you can see', 'Target dates without pressure'],
  },
  {
    id: 'quests',
    path: '/quests',
    label: 'Quests',
    icon: Swords,
    group: 'Grow',
    tab: true,
    summary: 'Challenges that reward showing up.',
    planned: ['Universal quests with progress bars', 'Personal quests you write yourself', 'XP and coins to claim'],
  },
  {
    id: 'progress',
    path: '/progress',
    label: 'Progress',
    icon: ChartLine,
    group: 'Grow',
    summary: 'Your level, skills and streaks over time.',
    planned: ['Level and XP over time', 'A skills radar', 'Achievements', 'Streaks and the full ledger'],
  },
  {
    id: 'market',
    path: '/market',
    label: 'Market',
    icon: Store,
    group: 'Grow',
    summary: 'Spend the coins you earned on rewards you choose.',
    planned: ['A catalogue of rewards and themes', 'Personal rewards', 'Your wallet and history', 'Your inventory'],
  },
  {
    id: 'exercise',
    path: '/exercise',
    label: 'Exercise',
    icon: Dumbbell,
    group: 'Body & mind',
    summary: 'Train with a plan and see your records.',
    planned: [
      'An exercise library',
      'Workout templates and programs',
      'Live sessions with a rest timer',
      'Personal records',
    ],
  },
  {
    id: 'books',
    path: '/books',
    label: 'Books',
    icon: BookOpen,
    group: 'Body & mind',
    summary: 'What you are reading, and how far you got.',
    planned: ['Your reading list', 'Reading sessions and pages', 'Yearly reading stats'],
  },
  {
    id: 'learn',
    path: '/learn',
    label: 'Learn',
    icon: GraduationCap,
    group: 'Body & mind',
    summary: 'Lessons, ear training and a review queue.',
    planned: ['Topics and lessons with quizzes', 'Ear-training games', 'Spaced review of what you learned'],
  },
  {
    id: 'reference',
    path: '/reference',
    label: 'Reference',
    icon: AudioWaveform,
    group: 'Create',
    summary: 'Study the tracks you love.',
    planned: [
      'A library of reference tracks',
      'Waveform, loudness and spectrogram',
      'Regions and annotations',
      'A/B comparison',
    ],
    ready: [
      {
        path: '/reference/prompts',
        label: 'Listening prompts',
        summary: 'Critical-listening exercises by category and level, to start on a track.',
      },
    ],
  },
  {
    id: 'ideas',
    path: '/ideas',
    label: 'Ideas',
    icon: Lightbulb,
    group: 'Create',
    summary: 'Every spark, kept in one place.',
    planned: ['Quick idea capture', 'Tags and pinning', 'Search across everything'],
  },
  {
    id: 'infobase',
    path: '/infobase',
    label: 'Infobase',
    icon: Library,
    group: 'Create',
    summary: 'Your personal knowledge base.',
    planned: ['Notes with categories and tags', 'Full-text search', 'Links to ideas and references'],
  },
  {
    id: 'references',
    path: '/references',
    label: 'References',
    icon: Link2,
    group: 'Create',
    summary: 'Articles, videos and tools worth coming back to.',
    planned: ['Links with notes on why they matter', 'Categories and tags', 'Found by the same search as the infobase'],
  },
  {
    id: 'feedback',
    path: '/feedback',
    label: 'Feedback',
    icon: MessageSquare,
    group: 'System',
    summary: 'Tell us what works and what does not.',
    planned: ['Report a bug or suggest a feature', 'Follow the status of what you sent'],
  },
  {
    id: 'settings',
    path: '/settings',
    label: 'Settings',
    icon: Settings,
    group: 'System',
    summary: 'Profile, appearance, sessions, passkeys and your data.',
    planned: [],
  },
  {
    id: 'admin',
    path: '/admin',
    label: 'Admin',
    icon: Shield,
    group: 'System',
    permission: adminPermissions,
    summary: 'Run this Cadence instance.',
    planned: [],
  },
];

export const groupOrder: SectionGroup[] = ['Today', 'Plan', 'Grow', 'Body & mind', 'Create', 'System'];

/** The sections this user may see (Admin only with one of its pages' permissions). */
export function visibleSections(permissions: readonly string[]): Section[] {
  return sections.filter((s) => {
    if (s.permission === undefined) return true;
    const wanted: readonly string[] = typeof s.permission === 'string' ? [s.permission] : s.permission;
    return wanted.some((p) => permissions.includes(p));
  });
}

export function sectionById(id: string): Section | undefined {
  return sections.find((s) => s.id === id);
}
