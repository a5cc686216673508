import { MessageSquareReply } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { formatDate } from '@/lib/format';
import type { FeedbackWire } from '../api/types';
import { statusLabels, typeLabels } from '../utils/labels';

/** What the user sent, newest first: kind, status, the message, and the team's response when there is one. */
export function FeedbackList({ items }: { items: FeedbackWire[] }) {
  return (
    <ul aria-label="Your feedback" className="grid gap-3">
      {items.map((f) => (
        <li key={f.id} className="grid gap-2 rounded-xl border border-line bg-surface p-4 shadow-xs">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <p className="min-w-0 font-medium break-words">{f.title}</p>
            <span className="flex flex-wrap gap-1.5">
              <Badge>{typeLabels[f.type]}</Badge>
              <Badge tone={f.status === 'open' ? 'neutral' : 'accent'}>
                <span className="sr-only">Status: </span>
                {statusLabels[f.status]}
              </Badge>
            </span>
          </div>
          <p className="text-xs text-muted">
            Sent <time dateTime={f.created_at}>{formatDate(f.created_at)}</time>
          </p>
          {f.body !== f.title && <p className="text-sm break-words whitespace-pre-line">{f.body}</p>}
          {f.admin_response && (
            <div className="mt-1 grid gap-1 rounded-lg border border-line bg-subtle px-3.5 py-3">
              <p className="flex items-center gap-1.5 text-sm font-medium">
                <MessageSquareReply aria-hidden className="size-4 text-accent-text" />
                Response from the team
                {f.responded_at && (
                  <time dateTime={f.responded_at} className="font-normal text-muted">
                    · {formatDate(f.responded_at)}
                  </time>
                )}
              </p>
              <p className="text-sm break-words whitespace-pre-line">{f.admin_response}</p>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
