import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import { useSignOut } from '@/lib/auth';

/** Signs out, says so, and goes to the sign-in page. */
export function useSignOutAction() {
  const navigate = useNavigate();
  const signOut = useSignOut(() => navigate('/sign-in', { replace: true }));
  return {
    pending: signOut.isPending,
    // A promise, not a mutate callback: the page that asked is gone by the time it resolves.
    run: () =>
      signOut
        .mutateAsync()
        .then(() => toast.success('Signed out. See you soon.'))
        .catch(() => {}),
  };
}
