import { useMutation, useQueryClient } from '@tanstack/react-query';
import { COVER_MAX_BYTES } from '#common/contracts/books';
import { ApiError, toApiError } from '@/lib/api-client';
import { refreshBooks } from './cache';
import type { BookWire } from './types';

const MB = 1024 * 1024;

/** PUT /api/books/:id/cover as a form with one `file` part; the server reads the type from the bytes. */
export async function uploadCover(bookId: string, file: File): Promise<BookWire> {
  if (file.size > COVER_MAX_BYTES) {
    throw new ApiError('payload_too_large', 413, `A cover can be at most ${COVER_MAX_BYTES / MB} MB.`);
  }
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await fetch(`/api/books/${encodeURIComponent(bookId)}/cover`, {
    method: 'PUT',
    body: form,
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  });
  if (!response.ok) throw await toApiError(response);
  return ((await response.json()) as { data: BookWire }).data;
}

export function useUploadCover(bookId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadCover(bookId, file),
    onSuccess: () => refreshBooks(client),
  });
}
