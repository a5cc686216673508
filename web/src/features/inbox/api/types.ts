/** Wire shapes of the inbox API (the contracts' inputs: timestamps as strings). */
import type { z } from 'zod';
import type { inboxItem, processResult } from '#common/contracts/inbox';

export type InboxItemWire = z.input<typeof inboxItem>;
export type ProcessResultWire = z.input<typeof processResult>;
export type { CreateInboxBody, ProcessInboxBody, ProcessTarget, UpdateInboxBody } from '#common/contracts/inbox';

/** The inbox's views and its kind filter. */
export type InboxView = 'inbox' | 'unread' | 'archive';
export type InboxKindFilter = 'all' | 'capture' | 'system';
