import { KeyRound } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { errorMessage } from '@/lib/api-client';
import { usePasskeyLogin } from '../api/passkey-login';

/** The browser's own words for a cancelled or timed-out prompt are unhelpful; say it plainly. */
function passkeyErrorMessage(error: unknown): string {
  if (error instanceof Error && error.name === 'NotAllowedError') {
    return 'The passkey prompt was closed or timed out. Try again when you are ready.';
  }
  return errorMessage(error);
}

export function PasskeySignInButton() {
  const login = usePasskeyLogin();
  return (
    <div className="grid gap-2">
      <Button size="lg" onClick={() => login.mutate()} loading={login.isPending}>
        {!login.isPending && <KeyRound aria-hidden className="size-4" />}
        Sign in with a passkey
      </Button>
      {login.error && (
        <p role="alert" className="text-sm text-danger">
          {passkeyErrorMessage(login.error)}
        </p>
      )}
    </div>
  );
}
