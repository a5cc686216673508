import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { adminPages } from '@/features/admin/admin-pages';
import { HOME_PATH } from '@/lib/redirect';
import { RequireAuth, RequirePermission } from './guards';
import { OnboardingGate } from './onboarding-gate';
import { RootSkeleton } from './routes/root-skeleton';
import { RouteError } from './routes/route-error';
import { type Section, sections } from './sections';

/** A section that is not built yet: its coming-soon page, named after the section. */
type LazyPage = () => Promise<{ Component: ComponentType }>;

const upcoming: LazyPage = async () => ({
  Component: (await import('./routes/upcoming-section')).UpcomingSection,
});

/** Built pages, each its own chunk; every other section shows its coming-soon page. */
const pages: Record<string, LazyPage> = {
  today: async () => ({ Component: (await import('@/features/today/pages/today-page')).TodayPage }),
  settings: async () => ({ Component: (await import('@/features/settings/pages/settings-page')).SettingsPage }),
  focus: async () => ({ Component: (await import('@/features/focus/pages/focus-page')).FocusPage }),
  habits: async () => ({ Component: (await import('@/features/habits/pages/habits-page')).HabitsPage }),
  progress: async () => ({ Component: (await import('@/features/progress/pages/progress-page')).ProgressPage }),
  quests: async () => ({ Component: (await import('@/features/quests/pages/quests-page')).QuestsPage }),
  market: async () => ({ Component: (await import('@/features/market/pages/market-page')).MarketPage }),
  books: async () => ({ Component: (await import('@/features/books/pages/books-page')).BooksPage }),
  goals: async () => ({ Component: (await import('@/features/goals/pages/goals-page')).GoalsPage }),
  planner: async () => ({ Component: (await import('@/features/calendar/pages/planner-page')).PlannerPage }),
  feedback: async () => ({ Component: (await import('@/features/feedback/pages/feedback-page')).FeedbackPage }),
  inbox: async () => ({ Component: (await import('@/features/inbox/pages/inbox-page')).InboxPage }),
  ideas: async () => ({ Component: (await import('@/features/notes/pages/ideas-page')).IdeasPage }),
  infobase: async () => ({ Component: (await import('@/features/notes/pages/infobase-page')).InfobasePage }),
  references: async () => ({ Component: (await import('@/features/notes/pages/references-page')).ReferencesPage }),
  reference: async () => ({ Component: (await import('@/features/reference/pages/library-page')).LibraryPage }),
  exercise: async () => ({ Component: (await import('@/features/exercise/pages/exercise-page')).ExercisePage }),
  learn: async () => ({ Component: (await import('@/features/learn/pages/learn-page')).LearnPage }),
  admin: async () => ({ Component: (await import('@/features/admin/pages/admin-page')).AdminPage }),
};

/**
 * Pages inside a section that has its own page (or its coming-soon page) at the section's path.
 * A book's page; the Reference section's listening prompts and its tracks; the Exercise section's
 * library, templates, live session, past sessions, programs, records and stats; the Learn section's
 * topics, lessons, drills, review queue and progress. The Admin section's pages follow below.
 */
const exercisePage = (path: string, load: () => Promise<ComponentType>): RouteObject => ({
  path: `exercise/${path}`,
  ErrorBoundary: RouteError,
  lazy: async () => ({ Component: await load() }),
});

const learnPage = (path: string, load: () => Promise<ComponentType>): RouteObject => ({
  path: `learn/${path}`,
  ErrorBoundary: RouteError,
  lazy: async () => ({ Component: await load() }),
});

const subpages: RouteObject[] = [
  {
    path: 'reference/prompts',
    ErrorBoundary: RouteError,
    lazy: async () => ({ Component: (await import('@/features/listening/pages/prompts-page')).PromptsPage }),
  },
  {
    path: 'reference/prompts/:key',
    ErrorBoundary: RouteError,
    lazy: async () => ({ Component: (await import('@/features/listening/pages/prompt-page')).PromptPage }),
  },
  {
    path: 'books/:id',
    ErrorBoundary: RouteError,
    lazy: async () => ({ Component: (await import('@/features/books/pages/book-page')).BookPage }),
  },
  {
    path: 'reference/tracks/:id',
    ErrorBoundary: RouteError,
    lazy: async () => ({ Component: (await import('@/features/reference/pages/track-page')).TrackPage }),
  },
  exercisePage('library', async () => (await import('@/features/exercise/pages/library-page')).LibraryPage),
  exercisePage('templates', async () => (await import('@/features/exercise/pages/templates-page')).TemplatesPage),
  exercisePage(
    'templates/new',
    async () => (await import('@/features/exercise/pages/template-editor-page')).TemplateEditorPage,
  ),
  exercisePage(
    'templates/:id',
    async () => (await import('@/features/exercise/pages/template-editor-page')).TemplateEditorPage,
  ),
  exercisePage('session', async () => (await import('@/features/exercise/pages/session-page')).SessionPage),
  exercisePage(
    'sessions/:id',
    async () => (await import('@/features/exercise/pages/session-summary-page')).SessionSummaryPage,
  ),
  exercisePage('records', async () => (await import('@/features/exercise/pages/records-page')).RecordsPage),
  exercisePage('programs', async () => (await import('@/features/exercise/pages/programs-page')).ProgramsPage),
  exercisePage('programs/new', async () => (await import('@/features/exercise/pages/program-page')).ProgramPage),
  exercisePage('programs/:id', async () => (await import('@/features/exercise/pages/program-page')).ProgramPage),
  exercisePage('stats', async () => (await import('@/features/exercise/pages/stats-page')).StatsPage),
  learnPage('topics/:id', async () => (await import('@/features/learn/pages/topic-page')).TopicPage),
  learnPage('lessons/:id', async () => (await import('@/features/learn/pages/lesson-page')).LessonPage),
  learnPage('drills/:id', async () => (await import('@/features/learn/pages/drill-page')).DrillPage),
  learnPage('review', async () => (await import('@/features/learn/pages/review-page')).ReviewPage),
  learnPage('progress', async () => (await import('@/features/learn/pages/progress-page')).ProgressPage),
];

/** The Admin section's pages, each behind its own permission (features/admin/admin-pages.ts). */
const adminSubpages: RouteObject[] = adminPages.map((page) => ({
  path: `admin/${page.path}`,
  element: <RequirePermission permission={page.permission} />,
  ErrorBoundary: RouteError,
  children: [{ index: true, ErrorBoundary: RouteError, lazy: async () => ({ Component: await page.load() }) }],
}));

/** The route's `handle` names its section (read by the coming-soon page). */
export interface SectionHandle {
  sectionId: string;
}

function sectionRoute(section: Section): RouteObject {
  const lazy = pages[section.id] ?? upcoming;
  const handle: SectionHandle = { sectionId: section.id };
  const path = section.path.slice(1);
  if (section.permission) {
    return {
      path,
      element: <RequirePermission permission={section.permission} />,
      ErrorBoundary: RouteError,
      children: [{ index: true, ErrorBoundary: RouteError, handle, lazy }],
    };
  }
  return { path, ErrorBoundary: RouteError, handle, lazy };
}

export const routes: RouteObject[] = [
  {
    HydrateFallback: RootSkeleton,
    ErrorBoundary: RouteError,
    children: [
      {
        path: '/sign-in',
        ErrorBoundary: RouteError,
        lazy: async () => ({ Component: (await import('@/features/auth/pages/sign-in-page')).SignInPage }),
      },
      {
        path: '/terms',
        ErrorBoundary: RouteError,
        lazy: async () => ({ Component: (await import('@/features/auth/pages/terms-page')).TermsPage }),
      },
      {
        path: '/',
        element: <RequireAuth />,
        children: [
          {
            path: 'onboarding',
            ErrorBoundary: RouteError,
            lazy: async () => ({
              Component: (await import('@/features/onboarding/pages/onboarding-page')).OnboardingPage,
            }),
          },
          {
            // A first sign-in meets onboarding before the app.
            element: <OnboardingGate />,
            children: [
              {
                lazy: async () => ({ Component: (await import('./layout/app-layout')).AppLayout }),
                ErrorBoundary: RouteError,
                children: [
                  { index: true, element: <Navigate to={HOME_PATH} replace /> },
                  ...sections.map(sectionRoute),
                  ...subpages,
                  ...adminSubpages,
                  {
                    path: '*',
                    ErrorBoundary: RouteError,
                    lazy: async () => ({ Component: (await import('./routes/not-found')).NotFound }),
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
