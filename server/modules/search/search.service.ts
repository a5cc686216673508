import type { z } from 'zod';
import type { NoteKind, SearchHit, searchQuery } from '#common/contracts/notes';
import { searchTerms } from '#common/rules/search';
import type { Ctx } from '../../platform/access';
import { searchIdeas } from '../ideas';
import { searchInfobase } from '../infobase';
import type { NotesSearch } from '../notes';
import { searchReferences } from '../references';

const searchers: Record<NoteKind, NotesSearch> = {
  idea: searchIdeas,
  infobase: searchInfobase,
  reference: searchReferences,
};

/**
 * One search across the user's ideas, infobase entries and references: each kind answers its
 * best `limit` matches, ranked by PostgreSQL with the same weights, and the best `limit` of them
 * all are returned (a tie goes to the most recently edited).
 */
export async function search(ctx: Ctx, query: z.output<typeof searchQuery>): Promise<SearchHit[]> {
  const terms = searchTerms(query.q);
  const kinds = query.kinds ? [...new Set(query.kinds)] : (Object.keys(searchers) as NoteKind[]);
  const opts = { archived: query.archived === 'true', limit: query.limit };
  const found = await Promise.all(kinds.map((k) => searchers[k](ctx.database.db, ctx.userId, terms, opts)));
  return found
    .flat()
    .sort((a, b) => b.rank - a.rank || b.updated_at.getTime() - a.updated_at.getTime())
    .slice(0, query.limit);
}
