import type { NoteKind } from '#common/contracts/notes';

/**
 * Every query key of the web app. A key starts with its area, so invalidating an area's `all`
 * refreshes each of its queries; a feature refreshing another area's data (a reward refreshes
 * the game numbers, processing an inbox item refreshes the list it made) names the key here
 * instead of spelling it again.
 */

export const authKeys = {
  all: ['auth'] as const,
  session: ['auth', 'session'] as const,
  providers: ['auth', 'providers'] as const,
};

export const userKeys = {
  profile: ['user', 'profile'] as const,
  sessions: ['user', 'sessions'] as const,
  passkeys: ['user', 'passkeys'] as const,
};

/** The user's settings (every registry key, defaults filled in by the API). */
export const settingsKeys = { all: ['settings'] as const };

export const onboardingKeys = { all: ['onboarding'] as const };

/** `GET /api/sync/poll`: the fallback while the event stream is down. */
export const syncKeys = { poll: ['sync', 'poll'] as const };

/** `GET /api/today` (refreshed by rewards and most events). */
export const todayKeys = { all: ['today'] as const };

/** Day plans (refreshed by `plan_changed`). */
export const planKeys = {
  all: ['plan'] as const,
  day: (date: string) => ['plan', date] as const,
};

export const focusKeys = {
  all: ['focus'] as const,
  active: ['focus', 'active'] as const,
  presets: ['focus', 'presets'] as const,
  history: ['focus', 'history'] as const,
  historyOf: (mode: string) => ['focus', 'history', mode] as const,
  stats: ['focus', 'stats'] as const,
  statsFor: (days: number) => ['focus', 'stats', days] as const,
  /** Music libraries: the list, and each library with its tracks. */
  libraries: ['focus', 'libraries'] as const,
  library: (id: string) => ['focus', 'libraries', id] as const,
};

export const habitKeys = {
  all: ['habits'] as const,
  lists: ['habits', 'list'] as const,
  list: (archived: boolean) => ['habits', 'list', archived ? 'archived' : 'active'] as const,
  history: (id: string) => ['habits', 'history', id] as const,
};

export const goalKeys = {
  all: ['goals'] as const,
  lists: ['goals', 'list'] as const,
  list: (status: string) => ['goals', 'list', status] as const,
  detail: (id: string) => ['goals', 'detail', id] as const,
};

/** The game layer's reads (refreshed after each reward). */
export const gamificationKeys = {
  all: ['gamification'] as const,
  summary: ['gamification', 'summary'] as const,
  history: (days: number) => ['gamification', 'history', days] as const,
  skills: ['gamification', 'skills'] as const,
  achievements: ['gamification', 'achievements'] as const,
  streaks: ['gamification', 'streaks'] as const,
  teaser: ['gamification', 'teaser'] as const,
  ledger: ['gamification', 'ledger'] as const,
};

/** Quests (refreshed after each reward). */
export const questKeys = {
  all: ['quests'] as const,
  universal: ['quests', 'universal'] as const,
  lists: ['quests', 'list'] as const,
  list: (filter: string) => ['quests', 'list', filter] as const,
};

export const inboxKeys = {
  all: ['inbox'] as const,
  list: (view: string, kind: string) => ['inbox', 'list', view, kind] as const,
  unread: ['inbox', 'unread'] as const,
};

/** Ideas, the infobase and references: one notes API, keyed by kind. */
export const noteKeys = {
  all: ['notes'] as const,
  kind: (kind: NoteKind) => ['notes', kind] as const,
  lists: (kind: NoteKind) => ['notes', kind, 'list'] as const,
  list: (kind: NoteKind, filters: object) => ['notes', kind, 'list', filters] as const,
  detail: (kind: NoteKind, id: string) => ['notes', kind, 'detail', id] as const,
  searches: ['notes', 'search'] as const,
  search: (q: string) => ['notes', 'search', q] as const,
};

export const calendarKeys = {
  all: ['calendar'] as const,
  ranges: ['calendar', 'range'] as const,
  range: (from: string, to: string) => ['calendar', 'range', from, to] as const,
  event: (id: string) => ['calendar', 'event', id] as const,
  feed: ['calendar', 'feed'] as const,
};

export const feedbackKeys = {
  all: ['feedback'] as const,
  list: ['feedback', 'list'] as const,
};

/** The listening prompt library (read-only for users; changes only through the admin). */
export const listeningKeys = {
  all: ['listening'] as const,
  templates: (filters: object) => ['listening', 'templates', filters] as const,
  template: (idOrKey: string) => ['listening', 'template', idOrKey] as const,
};

/** Admin: each catalogue's rows, inactive ones too. */
export const adminCatalogueKeys = {
  all: ['admin', 'catalogues'] as const,
  list: (name: string) => ['admin', 'catalogues', name] as const,
};

/** The market: its page, inventory, wallet history and what the user wears (`equipped_changed` refreshes all). */
export const marketKeys = {
  all: ['market'] as const,
  page: ['market', 'page'] as const,
  purchases: ['market', 'purchases'] as const,
  purchaseList: (state: string) => ['market', 'purchases', state] as const,
  /** What the user wears, read by the user menu's avatar. */
  equipped: ['market', 'purchases', 'equipped-avatar'] as const,
  wallet: ['market', 'wallet'] as const,
};

/** Reference tracks, their annotations, regions, analyses and analysis frames. */
export const referenceKeys = {
  all: ['reference'] as const,
  trackLists: ['reference', 'tracks'] as const,
  tracks: (filters: object) => ['reference', 'tracks', filters] as const,
  track: (id: string) => ['reference', 'track', id] as const,
  annotations: (trackId: string) => ['reference', 'track', trackId, 'annotations'] as const,
  regions: (trackId: string) => ['reference', 'track', trackId, 'regions'] as const,
  analyses: (trackId: string) => ['reference', 'track', trackId, 'analyses'] as const,
  frames: (analysisId: string) => ['reference', 'frames', analysisId] as const,
};

/** Books: the shelves, each book with its sessions, and the reading stats. */
export const bookKeys = {
  all: ['books'] as const,
  lists: ['books', 'list'] as const,
  list: (status: string) => ['books', 'list', status] as const,
  detail: (id: string) => ['books', 'detail', id] as const,
  stats: ['books', 'stats'] as const,
};

/** Exercise: the library, templates, sessions (the active one, last time's sets), records, programs, stats. */
export const exerciseKeys = {
  all: ['exercise'] as const,
  library: (filters: object) => ['exercise', 'library', filters] as const,
  exercise: (id: string) => ['exercise', 'exercise', id] as const,
  workouts: ['exercise', 'workouts'] as const,
  workoutList: (archived: boolean) => ['exercise', 'workouts', 'list', archived] as const,
  workout: (id: string) => ['exercise', 'workouts', 'detail', id] as const,
  sessions: ['exercise', 'sessions'] as const,
  sessionList: ['exercise', 'sessions', 'list'] as const,
  active: ['exercise', 'sessions', 'active'] as const,
  session: (id: string) => ['exercise', 'sessions', 'detail', id] as const,
  lastSets: (ids: string) => ['exercise', 'sessions', 'last-sets', ids] as const,
  records: ['exercise', 'records'] as const,
  timeline: ['exercise', 'records', 'timeline'] as const,
  programs: ['exercise', 'programs'] as const,
  program: (id: string) => ['exercise', 'programs', 'detail', id] as const,
  stats: (weeks: number) => ['exercise', 'stats', weeks] as const,
};

/** Learn: the page, topics, lessons, drills, the review queue and progress. */
export const learnKeys = {
  all: ['learn'] as const,
  page: ['learn', 'page'] as const,
  topics: ['learn', 'topics'] as const,
  topic: (id: string) => ['learn', 'topics', id] as const,
  lesson: (id: string) => ['learn', 'lessons', id] as const,
  drill: (id: string) => ['learn', 'drills', id] as const,
  review: ['learn', 'review'] as const,
  progress: ['learn', 'progress'] as const,
};

/** Admin: feedback triage (every user's messages), by the filters in force. */
export const adminFeedbackKeys = {
  all: ['admin', 'feedback'] as const,
  list: (filters: object) => ['admin', 'feedback', 'list', filters] as const,
};

/** Admin: one user's purchases, and the analysis queue by status. */
export const adminMoneyKeys = {
  allPurchases: ['admin', 'purchases'] as const,
  purchases: (userId: string) => ['admin', 'purchases', userId] as const,
  analyses: ['admin', 'analyses'] as const,
  analysisList: (status: string) => ['admin', 'analyses', status] as const,
};

/** Admin: the audit log, by the filters in force. */
export const adminAuditKeys = {
  all: ['admin', 'audit'] as const,
  list: (filters: object) => ['admin', 'audit', filters] as const,
};

/** The admin console's people: the list (per search), a person, their sessions, and the roles. */
export const adminUserKeys = {
  all: ['admin', 'users'] as const,
  list: (q: string) => ['admin', 'users', 'list', q] as const,
  detail: (id: string) => ['admin', 'users', 'detail', id] as const,
  sessions: (id: string) => ['admin', 'users', 'sessions', id] as const,
  roles: ['admin', 'roles'] as const,
};
