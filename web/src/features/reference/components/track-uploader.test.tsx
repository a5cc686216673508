import { QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { createQueryClient } from '@/lib/query-client';
import { referenceKeys } from '@/lib/query-keys';
import type { TrackWire } from '../api/types';
import { UploadCancelled, type Uploader, uploadTrack } from '../api/upload-track';
import { TrackUploader } from './track-uploader';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

interface Pending {
  file: File;
  progress: (loaded: number, total: number) => void;
  resolve: (track: TrackWire) => void;
  reject: (error: unknown) => void;
  abort: ReturnType<typeof vi.fn>;
}

/** An uploader the test drives: each call waits until the test reports progress, answers or fails it. */
function fakeUploader() {
  const calls: Pending[] = [];
  const upload: Uploader = (file, progress) => {
    let resolve!: (t: TrackWire) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<TrackWire>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const abort = vi.fn(() => reject(new UploadCancelled()));
    calls.push({ file, progress, resolve, reject, abort });
    return { promise, abort };
  };
  return { upload, calls };
}

const file = (name: string, size: number) => new File([new Uint8Array(size)], name, { type: 'audio/wav' });

function renderUploader(upload: Uploader) {
  const client = createQueryClient();
  const invalidate = vi.spyOn(client, 'invalidateQueries');
  render(
    <QueryClientProvider client={client}>
      <TrackUploader upload={upload} />
    </QueryClientProvider>,
  );
  return { invalidate };
}

const row = (name: string) => {
  const item = screen.getByText(name).closest('li');
  if (!item) throw new Error(`no upload row for ${name}`);
  return within(item);
};

describe('TrackUploader', () => {
  it('shows each picked file with its own progress, then its stored title, and refreshes the library', async () => {
    const { upload, calls } = fakeUploader();
    const { invalidate } = renderUploader(upload);
    fireEvent.change(screen.getByLabelText('Choose files'), {
      target: { files: [file('kick.wav', 1000), file('snare.wav', 2000)] },
    });
    expect(calls.map((c) => c.file.name)).toEqual(['kick.wav', 'snare.wav']);

    act(() => calls[0]?.progress(250, 1000));
    const bar = row('kick.wav').getByRole('progressbar', { name: 'Uploading kick.wav' });
    expect(bar.getAttribute('aria-valuenow')).toBe('250');
    expect(row('kick.wav').getByText('25% sent')).toBeTruthy();
    expect(row('snare.wav').getByText('0% sent')).toBeTruthy();

    await act(async () => calls[0]?.resolve({ title: 'Kick' } as TrackWire));
    expect(row('kick.wav').getByText('Uploaded as “Kick”')).toBeTruthy();
    expect(row('kick.wav').queryByRole('progressbar')).toBeNull();
    expect(invalidate).toHaveBeenCalledWith({ queryKey: referenceKeys.trackLists });
    // The other one is still on its way.
    expect(row('snare.wav').getByRole('progressbar')).toBeTruthy();
  });

  it("shows the server's reason when an upload is refused, for that file only", async () => {
    const { upload, calls } = fakeUploader();
    renderUploader(upload);
    fireEvent.drop(screen.getByTestId('track-dropzone'), {
      dataTransfer: { files: [file('notes.txt', 10), file('huge.wav', 50)] },
    });
    await act(async () =>
      calls[0]?.reject(new ApiError('unsupported_media_type', 415, 'This file is not audio Cadence can read.')),
    );
    await act(async () => calls[1]?.reject(new ApiError('quota_exceeded', 409, 'Your storage is full (4 MB).')));
    expect(row('notes.txt').getByRole('alert').textContent).toContain('This file is not audio Cadence can read.');
    expect(row('huge.wav').getByRole('alert').textContent).toContain('Your storage is full (4 MB).');

    fireEvent.click(row('notes.txt').getByRole('button', { name: 'Dismiss notes.txt' }));
    expect(screen.queryByText('notes.txt')).toBeNull();
  });

  it('cancels one upload, leaving the others running', async () => {
    const { upload, calls } = fakeUploader();
    renderUploader(upload);
    fireEvent.change(screen.getByLabelText('Choose files'), {
      target: { files: [file('a.wav', 10), file('b.wav', 10)] },
    });
    fireEvent.click(row('a.wav').getByRole('button', { name: 'Cancel a.wav' }));
    expect(calls[0]?.abort).toHaveBeenCalledOnce();
    expect(await screen.findByText('Cancelled')).toBeTruthy();
    expect(row('a.wav').queryByRole('progressbar')).toBeNull();
    expect(row('a.wav').queryByRole('alert')).toBeNull();
    expect(calls[1]?.abort).not.toHaveBeenCalled();
    expect(row('b.wav').getByRole('button', { name: 'Cancel b.wav' })).toBeTruthy();
  });
});

/** Enough of XMLHttpRequest for the uploader: the test answers it. */
class FakeXhr {
  static last: FakeXhr;
  upload: { onprogress: ((e: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  status = 0;
  responseText = '';
  withCredentials = false;
  sent: FormData | null = null;
  url = '';
  constructor() {
    FakeXhr.last = this;
  }
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader() {}
  send(body: FormData) {
    this.sent = body;
  }
  abort() {
    this.onabort?.();
  }
  answer(status: number, body: string) {
    this.status = status;
    this.responseText = body;
    this.onload?.();
  }
}

describe('uploadTrack', () => {
  it('sends one file part, reports progress and turns a refusal into the API error', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const progress = vi.fn();
    const handle = uploadTrack(file('big.wav', 10), progress);
    const xhr = FakeXhr.last;
    expect(xhr.url).toBe('/api/reference/tracks');
    expect((xhr.sent?.get('file') as File | undefined)?.name).toBe('big.wav');
    xhr.upload.onprogress?.({ loaded: 5, total: 10, lengthComputable: true } as ProgressEvent);
    expect(progress).toHaveBeenCalledWith(5, 10);
    xhr.answer(413, JSON.stringify({ error: { code: 'payload_too_large', message: 'The file is over 1 MB.' } }));
    await expect(handle.promise).rejects.toMatchObject({ status: 413, message: 'The file is over 1 MB.' });
  });

  it('falls back to plain words when the refusal has no message, and reports a cancel as such', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const refused = uploadTrack(file('x.bin', 1), () => undefined);
    FakeXhr.last.answer(415, '<html>nope</html>');
    await expect(refused.promise).rejects.toMatchObject({ status: 415, message: expect.stringMatching(/not audio/) });
    const cancelled = uploadTrack(file('y.wav', 1), () => undefined);
    cancelled.abort();
    await expect(cancelled.promise).rejects.toBeInstanceOf(UploadCancelled);
  });
});
