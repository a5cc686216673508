import { CircleAlert, RotateCw } from 'lucide-react';
import { errorMessage } from '@/lib/api-client';
import { Button } from './button';

interface ErrorStateProps {
  title?: string;
  error?: unknown;
  onRetry?: () => void;
  retrying?: boolean;
}

/** A calm explanation of what failed, with a retry. */
export function ErrorState({ title = 'This could not be loaded', error, onRetry, retrying }: ErrorStateProps) {
  return (
    <div
      role="alert"
      className="flex flex-col items-center gap-3 rounded-xl border border-line bg-surface p-8 text-center"
    >
      <span className="grid size-10 place-items-center rounded-full bg-danger-soft text-danger">
        <CircleAlert aria-hidden className="size-5" />
      </span>
      <div>
        <p className="font-medium text-fg">{title}</p>
        {error !== undefined && <p className="mt-1 text-sm text-muted">{errorMessage(error)}</p>}
      </div>
      {onRetry && (
        <Button onClick={onRetry} loading={retrying}>
          {!retrying && <RotateCw aria-hidden className="size-4" />}
          Try again
        </Button>
      )}
    </div>
  );
}
