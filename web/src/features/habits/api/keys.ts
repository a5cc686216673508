/** Query keys of the habits feature; every habits query starts with `habits`. */
export const habitKeys = {
  all: ['habits'] as const,
  list: (archived: boolean) => ['habits', 'list', archived ? 'archived' : 'active'] as const,
  history: (id: string) => ['habits', 'history', id] as const,
};
