/**
 * Search-as-you-type rules (SPEC §6 Infobase; docs/RULES.md "Notes and search"): how a typed
 * query becomes full-text terms, and how a headline's match marks become plain text with ranges.
 */

export interface SearchTerms {
  /** Everything for websearch_to_tsquery, which reads any text without failing. */
  words: string;
  /** The word being typed, matched as a prefix; null when there is none. */
  prefix: string | null;
}

/** A last word of at least two letters or digits, after a space or at the start. */
const LAST_WORD = /(^|\s)([\p{L}\p{N}]{2,})$/u;

/**
 * The last word of the query is taken as a prefix while it is being typed (`infob` finds
 * "Infobase"), unless it sits inside an open "phrase". The prefix holds letters and digits only, so
 * it is always a valid tsquery word; the rest of the query goes to websearch_to_tsquery as typed.
 */
export function searchTerms(query: string): SearchTerms {
  const q = query.trim();
  const quotes = q.split('"').length - 1;
  const match = quotes % 2 === 0 ? LAST_WORD.exec(q) : null;
  if (!match?.[2]) return { words: q, prefix: null };
  return { words: q.slice(0, q.length - match[2].length).trim(), prefix: match[2].toLowerCase() };
}

export interface Highlighted {
  text: string;
  /** [start, end) offsets of each match in `text`, in order. */
  highlights: [number, number][];
}

/**
 * Turns text with matches between `start` and `stop` marks into the text without marks and the
 * offsets of the matches. Marks out of order (never produced, but text is text) are dropped.
 */
export function parseMarked(marked: string, start: string, stop: string): Highlighted {
  let text = '';
  const highlights: [number, number][] = [];
  let open: number | null = null;
  for (const ch of marked) {
    if (ch === start) {
      open ??= text.length;
    } else if (ch === stop) {
      if (open !== null && text.length > open) {
        const last = highlights.at(-1);
        // Adjacent matches ("web" "search") read as one highlight.
        if (last && last[1] === open) last[1] = text.length;
        else highlights.push([open, text.length]);
      }
      open = null;
    } else {
      text += ch;
    }
  }
  return { text, highlights };
}
