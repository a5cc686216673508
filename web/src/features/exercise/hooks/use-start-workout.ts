import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import { errorMessage, isApiError } from '@/lib/api-client';
import { useStartSession } from '../api/sessions';

/** Starts a session (from a template or empty) and opens it; while one runs, opens that one. */
export function useStartWorkout() {
  const start = useStartSession();
  const navigate = useNavigate();
  return {
    pending: start.isPending,
    start: (workoutId?: string) =>
      start.mutate(workoutId ? { workout_id: workoutId } : {}, {
        onSuccess: () => navigate('/exercise/session'),
        onError: (error) => {
          if (isApiError(error) && error.code === 'session_active') {
            toast('A workout is already running', { description: 'Finish or abandon it to start another.' });
            navigate('/exercise/session');
          } else toast.error(errorMessage(error));
        },
      }),
  };
}
