import { useEffect, useId, useState } from 'react';
import { COVER_TYPES } from '#common/contracts/books';
import { Button } from '@/components/ui/button';
import { useDeleteCover } from '../api/delete-cover';
import type { BookWire } from '../api/types';
import { useUploadCover } from '../api/upload-cover';
import { Cover } from './book-card';

/** The cover: pick an image, see it, then keep it (the server checks what the file really is). */
export function CoverEditor({ book }: { book: BookWire }) {
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const upload = useUploadCover(book.id);
  const remove = useDeleteCover(book.id);

  useEffect(() => {
    if (!file) return setPreview(null);
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);

  return (
    <div className="grid justify-items-start gap-3">
      {preview ? (
        <img
          src={preview}
          alt={`New cover for ${book.title} (not saved yet)`}
          className="h-48 w-32 rounded-lg object-cover"
        />
      ) : (
        <Cover book={book} className="h-48 w-32 rounded-lg" />
      )}
      <div className="grid gap-1.5">
        <label htmlFor={inputId} className="text-sm font-medium">
          {book.cover_url ? 'Choose another cover' : 'Choose a cover'}
        </label>
        <input
          id={inputId}
          type="file"
          accept={COVER_TYPES.join(',')}
          className="max-w-56 text-sm"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </div>
      <div className="flex flex-wrap gap-2">
        {file && (
          <Button
            variant="primary"
            size="sm"
            loading={upload.isPending}
            onClick={() => upload.mutate(file, { onSuccess: () => setFile(null) })}
          >
            Save cover
          </Button>
        )}
        {!file && book.cover_url && (
          <Button variant="ghost" size="sm" loading={remove.isPending} onClick={() => remove.mutate()}>
            Remove cover
          </Button>
        )}
      </div>
    </div>
  );
}
