import { auditFilters } from '#common/contracts/admin';
import { apiUrl } from '@/lib/api-client';

/** The audit filters as typed in the form; the window's ends in the browser's local time. */
export interface AuditDraft {
  actor: string;
  event_type: string;
  action: string;
  resource_type: string;
  resource_id: string;
  /** `datetime-local` values (`YYYY-MM-DDTHH:mm`), or ''. */
  from: string;
  to: string;
}

export const emptyAuditDraft: AuditDraft = {
  actor: '',
  event_type: '',
  action: '',
  resource_type: '',
  resource_id: '',
  from: '',
  to: '',
};

/** The API's query parameters, as strings. */
export type AuditQuery = Record<string, string>;

export type AuditDraftErrors = Partial<Record<keyof AuditDraft, string>>;

/** The form field each API parameter comes from. */
const fieldOf: Record<string, keyof AuditDraft> = {
  user_id: 'actor',
  event_type: 'event_type',
  action: 'action',
  resource_type: 'resource_type',
  resource_id: 'resource_id',
  from: 'from',
  to: 'to',
};

/** What the form says where the API's contract refuses a field (its own words name parameters). */
const messages: Partial<Record<keyof AuditDraft, string>> = {
  actor: 'Enter a user id (a UUID).',
  action: 'Give an event type too.',
  resource_id: 'Give a target type too.',
  to: 'Make it later than From.',
};

/** A local date and time as an instant; undefined when blank, null when not a time. */
function instant(local: string): string | null | undefined {
  if (local.trim() === '') return undefined;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * The query for a draft, checked by the API's own contract (an action only with an event type,
 * a target id only with a target type, a window that ends after it starts), or the errors per field.
 */
export function auditQueryOf(draft: AuditDraft): { query: AuditQuery } | { errors: AuditDraftErrors } {
  const errors: AuditDraftErrors = {};
  const raw: Record<string, string> = {};
  const put = (key: string, value: string) => {
    const v = value.trim();
    if (v !== '') raw[key] = key === 'user_id' ? v.toLowerCase() : v;
  };
  put('user_id', draft.actor);
  put('event_type', draft.event_type);
  put('action', draft.action);
  put('resource_type', draft.resource_type);
  put('resource_id', draft.resource_id);
  for (const end of ['from', 'to'] as const) {
    const at = instant(draft[end]);
    if (at === null) errors[end] = 'Enter a date and time.';
    else if (at !== undefined) raw[end] = at;
  }
  const parsed = auditFilters.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOf[String(issue.path[0])];
      if (field && !errors[field]) errors[field] = messages[field] ?? issue.message;
    }
  }
  return Object.keys(errors).length > 0 ? { errors } : { query: raw };
}

/** The CSV export of what the list shows: the same filters, every row. */
export const auditCsvHref = (query: AuditQuery): string => apiUrl('/admin/audit.csv', query);
