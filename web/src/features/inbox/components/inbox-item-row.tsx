import { Archive, ArchiveRestore, Bell, Mail, MailOpen, Trash2, Wand2 } from 'lucide-react';
import { Link } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { cn } from '@/lib/cn';
import { formatRelative } from '@/lib/format';
import type { InboxItemWire } from '../api/types';
import { aTarget, notificationLink, targetLink } from '../utils/labels';

export interface ItemActions {
  onToggleRead: (item: InboxItemWire) => void;
  onToggleArchive: (item: InboxItemWire) => void;
  onProcess: (item: InboxItemWire) => void;
  onDelete: (item: InboxItemWire) => void;
}

/** One item: unread mark, text, tags, where it leads or what it became, and its actions. */
export function InboxItemRow({ item, actions }: { item: InboxItemWire; actions: ItemActions }) {
  const unread = item.read_at === null;
  const archived = item.archived_at !== null;
  const link = item.kind === 'system' ? notificationLink(item.data) : null;
  const quoted = `“${item.title.length > 60 ? `${item.title.slice(0, 57)}…` : item.title}”`;
  return (
    <li
      className={cn(
        'flex flex-col gap-3 rounded-xl border bg-surface p-4 sm:flex-row sm:items-start',
        unread ? 'border-accent/40' : 'border-line',
      )}
    >
      <div className="flex min-w-0 flex-1 gap-3">
        <span
          aria-hidden
          className={cn('mt-1.5 size-2 shrink-0 rounded-full', unread ? 'bg-accent' : 'bg-transparent')}
        />
        <div className="min-w-0 flex-1">
          <p className={cn('break-words text-[15px]', unread ? 'font-semibold text-fg' : 'font-medium text-fg')}>
            {item.kind === 'system' && <Bell aria-hidden className="mr-1.5 inline size-3.5 align-[-2px] text-muted" />}
            {item.title}
            {unread && <span className="sr-only"> (unread)</span>}
          </p>
          {item.body && (
            <p className="mt-1 line-clamp-3 whitespace-pre-line break-words text-sm text-muted">{item.body}</p>
          )}
          <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1.5 text-xs text-muted">
            <time dateTime={item.created_at}>{formatRelative(item.created_at)}</time>
            {item.tags.map((tag) => (
              <Badge key={tag}>#{tag}</Badge>
            ))}
            {link && (
              <Link
                to={link}
                // Following a notification is reading it.
                onClick={() => unread && actions.onToggleRead(item)}
                className="font-medium text-accent-text underline-offset-2 hover:underline"
              >
                Open
              </Link>
            )}
            {item.processed_into_type && item.processed_into_id && (
              <Link
                to={targetLink(item.processed_into_type, item.processed_into_id)}
                className="font-medium text-accent-text underline-offset-2 hover:underline"
              >
                Became {aTarget(item.processed_into_type)}
              </Link>
            )}
          </div>
        </div>
      </div>
      <div className="flex shrink-0 flex-wrap items-center gap-1 pl-5 sm:pl-0">
        {!item.processed_at && (
          <Button size="sm" onClick={() => actions.onProcess(item)} aria-label={`Process ${quoted} into…`}>
            <Wand2 aria-hidden className="size-4" />
            Process
          </Button>
        )}
        <Button
          size="sm"
          variant="ghost"
          onClick={() => actions.onToggleRead(item)}
          aria-label={unread ? `Mark ${quoted} read` : `Mark ${quoted} unread`}
          title={unread ? 'Mark read' : 'Mark unread'}
        >
          {unread ? <MailOpen aria-hidden className="size-4" /> : <Mail aria-hidden className="size-4" />}
        </Button>
        <Button
          size="sm"
          variant="ghost"
          onClick={() => actions.onToggleArchive(item)}
          aria-label={archived ? `Move ${quoted} back to the inbox` : `Archive ${quoted}`}
          title={archived ? 'Move back to the inbox' : 'Archive'}
        >
          {archived ? <ArchiveRestore aria-hidden className="size-4" /> : <Archive aria-hidden className="size-4" />}
        </Button>
        <Button
          size="sm"
          variant="ghost"
          onClick={() => actions.onDelete(item)}
          aria-label={`Delete ${quoted}`}
          title="Delete"
        >
          <Trash2 aria-hidden className="size-4" />
        </Button>
      </div>
    </li>
  );
}
