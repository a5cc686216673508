import { TRACK_MAX_MB } from '#common/contracts/reference';
import { ApiError } from '@/lib/api-client';
import type { TrackWire } from './types';

/** A running upload: its answer, and a way to stop it. */
export interface UploadHandle {
  promise: Promise<TrackWire>;
  abort: () => void;
}

export type Uploader = (file: File, onProgress: (loaded: number, total: number) => void) => UploadHandle;

/** Thrown when the user cancelled the upload. */
export class UploadCancelled extends Error {
  override readonly name = 'UploadCancelled';
  constructor() {
    super('Upload cancelled');
  }
}

/** The words for a refusal without the API's own message (a proxy's page, a bare status). */
function fallback(status: number): string {
  if (status === 413) return `This file is larger than the server accepts (${TRACK_MAX_MB} MB unless set otherwise).`;
  if (status === 415) return 'This file is not audio the app can read (WAV, MP3, FLAC, Ogg, Opus, AAC or M4A).';
  if (status === 409) return 'Your storage is full. Delete a track to make room.';
  if (status >= 500) return 'The server could not store the file. Please try again in a moment.';
  return `The upload failed (${status}).`;
}

function toError(status: number, text: string): ApiError {
  try {
    const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    if (typeof body.error?.code === 'string' && typeof body.error.message === 'string') {
      return new ApiError(body.error.code, status, body.error.message);
    }
  } catch {
    // Not the API's envelope: fall back to the status.
  }
  return new ApiError(status === 413 ? 'payload_too_large' : 'upload_failed', status, fallback(status));
}

/**
 * POST /api/reference/tracks as a form with one `file` part. It uses XMLHttpRequest because
 * fetch reports no upload progress.
 */
export const uploadTrack: Uploader = (file, onProgress) => {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<TrackWire>((resolve, reject) => {
    xhr.open('POST', '/api/reference/tracks');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.withCredentials = true;
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve((JSON.parse(xhr.responseText) as { data: TrackWire }).data);
        } catch {
          reject(new ApiError('bad_response', xhr.status, 'The server sent an answer the app cannot read.'));
        }
      } else reject(toError(xhr.status, xhr.responseText));
    };
    xhr.onerror = () =>
      reject(new ApiError('network', 0, 'The upload was cut off. Check your connection and try again.'));
    xhr.onabort = () => reject(new UploadCancelled());
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
  return { promise, abort: () => xhr.abort() };
};
