import type { ReactNode } from 'react';
import { Button } from './button';
import { Dialog } from './dialog';

interface ConfirmDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  /** More words between the description and the buttons. */
  children?: ReactNode;
  /** The destructive action's label ("Delete habit"). */
  confirmLabel: string;
  /** The safe way out, which has the focus ("Keep it"). */
  cancelLabel?: string;
  pending?: boolean;
  /** `primary` for a confirmation that destroys nothing (a purchase). */
  confirmVariant?: 'danger' | 'primary';
  onConfirm: () => void;
}

/** Asks before something that cannot be undone; the safe choice is focused, so Enter keeps. */
export function ConfirmDialog({
  open,
  onClose,
  title,
  description,
  children,
  confirmLabel,
  cancelLabel = 'Keep it',
  pending = false,
  confirmVariant = 'danger',
  onConfirm,
}: ConfirmDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title={title} description={description}>
      {children}
      <div className={children ? 'mt-5 flex flex-wrap justify-end gap-2' : 'flex flex-wrap justify-end gap-2'}>
        <Button variant="ghost" onClick={onClose} data-autofocus>
          {cancelLabel}
        </Button>
        <Button variant={confirmVariant} loading={pending} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
