import type { Readable } from 'node:stream';
import { z } from 'zod';
import { TRACK_FIELD_MAX, TRACK_TITLE_MAX, type Track, type updateTrackBody } from '#common/contracts/reference';
import type { Ctx } from '../../platform/access';
import { blobIdOfKey } from '../../platform/blob-store';
import { AppError, notFound } from '../../platform/errors';
import { decodeCursor, type Page, toPage } from '../../platform/pagination';
import { peek } from '../../platform/uploads';
import { type ByteRange, deleteBlob, deleteBlobWith, type OpenBlob, openBlob, storeBlob } from '../blobs';
import { queueAnalysis } from './analyses.service';
import { wakeAnalysisRunner } from './analysis-runner';
import { cleanText, readAudioFacts, SNIFF_BYTES, sniffAudio } from './tracks.media';
import * as repo from './tracks.repo';

const MB = 1024 * 1024;
/**
 * What a form may add around its one file (boundaries, part headers, a long file name): an
 * announced body larger than the limit plus this is refused before a byte of it is read.
 */
const FORM_OVERHEAD = 64 * 1024;
/** The file name kept with the track. */
const FILENAME_MAX = 255;

const tooLarge = (maxBytes: number) =>
  new AppError('payload_too_large', `A track can be at most ${Math.round(maxBytes / MB)} MB.`);

function toTrack(row: repo.TrackRow): Track {
  const { user_id: _user, blob_key: _key, ...track } = row;
  return track;
}

export interface UploadInput {
  /** The file part's content, as the client sends it. */
  body: Readable;
  /** The name the browser gave the file. */
  filename: string | undefined;
  /** The request's Content-Length, when it announced one (the whole form: at least the file). */
  contentLength: number | undefined;
}

/** The upload limit in force (`TRACK_MAX_MB`). */
export const maxUploadBytes = (ctx: Pick<Ctx, 'config'>) => ctx.config.trackMaxBytes;

/** Refuses a form announced larger than any track may be, before reading it. */
export function checkAnnouncedSize(ctx: Pick<Ctx, 'config'>, contentLength: number | undefined): void {
  const max = maxUploadBytes(ctx);
  if (contentLength !== undefined && contentLength > max + FORM_OVERHEAD) throw tooLarge(max);
}

/**
 * Stores an uploaded track: its type decided from its first bytes (415 otherwise), the file
 * streamed into the blob store under the user's quota and the size limit (413), then its tags
 * and format read back from the stored file. A refusal at any step leaves no object and no row.
 */
export async function upload(ctx: Ctx, input: UploadInput): Promise<Track> {
  const maxBytes = maxUploadBytes(ctx);
  checkAnnouncedSize(ctx, input.contentLength);
  const { head, whole } = await peek(input.body, SNIFF_BYTES);
  let mime: string;
  try {
    mime = await sniffAudio(head);
  } catch (err) {
    whole.destroy();
    throw err;
  }
  const blob = await storeBlob(ctx, {
    purpose: 'reference_track',
    contentType: mime,
    body: whole,
    maxBytes,
    // The form is larger than its file: reserving its size reserves enough.
    declaredBytes: input.contentLength === undefined ? undefined : Math.min(input.contentLength, maxBytes),
  }).catch((err: unknown) => {
    // Refused before the store read it all (the quota): stop reading the rest.
    whole.destroy();
    if (err instanceof AppError && err.code === 'payload_too_large') throw tooLarge(maxBytes);
    throw err;
  });
  try {
    const stored = await openBlob(ctx, blob.id);
    const facts = await readAudioFacts(stored.body, { mimeType: mime, size: stored.size }, { text: TRACK_FIELD_MAX });
    const filename = cleanText(input.filename?.split(/[\\/]/).pop(), FILENAME_MAX) ?? 'track';
    const title =
      cleanText(facts.title, TRACK_TITLE_MAX) ??
      cleanText(filename.replace(/\.[^.]*$/, ''), TRACK_TITLE_MAX) ??
      filename;
    const row = await ctx.database.db.transaction(async (tx) => {
      const inserted = await repo.insert(tx, ctx.userId, {
        title,
        artist: facts.artist,
        album: facts.album,
        genre: facts.genre,
        blob_key: blob.key,
        filename,
        mime_type: mime,
        size_bytes: blob.size_bytes,
        duration_seconds: facts.duration_seconds,
        sample_rate: facts.sample_rate,
        channels: facts.channels,
      });
      await queueAnalysis(tx, ctx, inserted.id);
      return inserted;
    });
    wakeAnalysisRunner(ctx.database);
    return toTrack(row);
  } catch (err) {
    await deleteBlob(ctx, blob.id).catch(() => {});
    throw err;
  }
}

const cursorShape = z.tuple([z.iso.datetime({ offset: true }), z.uuid()]);

export async function list(
  ctx: Ctx,
  query: { limit: number; cursor?: string; q?: string; tag?: string },
): Promise<Page<Track>> {
  const after = decodeCursor(query.cursor, cursorShape);
  const rows = await repo.list(ctx.database.db, ctx.userId, { ...query, after });
  const page = toPage(rows, query, (r) => [r.created_at.toISOString(), r.id]);
  return { ...page, data: page.data.map(toTrack) };
}

export async function get(ctx: Ctx, id: string): Promise<Track> {
  const row = await repo.find(ctx.database.db, ctx.userId, id);
  if (!row) throw notFound('track');
  return toTrack(row);
}

export async function update(ctx: Ctx, id: string, body: z.output<typeof updateTrackBody>): Promise<Track> {
  if (Object.keys(body).length === 0) return get(ctx, id);
  const row = await repo.update(ctx.database.db, ctx.userId, id, body);
  if (!row) throw notFound('track');
  return toTrack(row);
}

/**
 * Deletes the track, with its analyses, annotations, regions and places in focus libraries (by
 * cascade), and its file: the rows in one transaction, then the object.
 */
export async function remove(ctx: Ctx, id: string): Promise<void> {
  const done = await ctx.database.db.transaction(async (tx) => {
    const row = await repo.remove(tx, ctx.userId, id);
    if (!row) throw notFound('track');
    return deleteBlobWith(ctx, tx, blobIdOfKey(row.blob_key));
  });
  await done?.removeObject();
}

/** The track's audio, whole or a byte range of it (416 outside the file). */
export async function audio(ctx: Ctx, id: string, range?: ByteRange): Promise<OpenBlob & { mimeType: string }> {
  const row = await repo.find(ctx.database.db, ctx.userId, id);
  if (!row) throw notFound('track');
  const opened = await openBlob(ctx, blobIdOfKey(row.blob_key), range);
  return { ...opened, mimeType: row.mime_type };
}
