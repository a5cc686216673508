import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { reviewBody, roundBody, submitBody } from '#common/contracts/learn';
import { api } from '@/lib/api-client';
import { learnKeys } from '@/lib/query-keys';
import { refreshGameQueries } from '@/lib/rewards';
import { refreshLearn } from './cache';
import type {
  CardKindWire,
  LessonCompletionWire,
  LessonProgressWire,
  ReviewResultWire,
  RoundResultWire,
  RoundWire,
} from './types';

const at = (id: string) => encodeURIComponent(id);

/** POST /api/learn/lessons/:id/start (a repeat changes nothing). */
export function useStartLesson() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (lessonId: string) => api.post<LessonProgressWire>(`/learn/lessons/${at(lessonId)}/start`),
    // The lesson to carry on with and the topic's statuses change; the open lesson does not need reading again.
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: learnKeys.page });
      void client.invalidateQueries({ queryKey: learnKeys.topics });
    },
  });
}

/** POST /api/learn/lessons/:id/complete: the quiz marked on the server. */
export function useCompleteLesson(lessonId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (answers: number[][]) =>
      api.post<LessonCompletionWire>(`/learn/lessons/${at(lessonId)}/complete`, { answers }),
    onSuccess: (done) => {
      refreshLearn(client);
      if (done.reward) refreshGameQueries(client);
    },
  });
}

/** POST /api/learn/drills/:id/rounds: a round of questions to play (without the answers). */
export function useIssueRound(drillId: string) {
  return useMutation({
    mutationFn: (body: z.input<typeof roundBody>) => api.post<RoundWire>(`/learn/drills/${at(drillId)}/rounds`, body),
  });
}

/** POST /api/learn/drills/:id/submit: the round marked, timed and (for practice) paid on the server. */
export function useSubmitRound(drillId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof submitBody>) =>
      api.post<RoundResultWire>(`/learn/drills/${at(drillId)}/submit`, body),
    onSuccess: (done) => {
      refreshLearn(client);
      if (done.reward) refreshGameQueries(client);
    },
  });
}

/** POST /api/learn/review/:kind/:id: the card rated and rescheduled. */
export function useRateCard() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, id, body }: { kind: CardKindWire; id: string; body: z.input<typeof reviewBody> }) =>
      api.post<ReviewResultWire>(`/learn/review/${kind}/${at(id)}`, body),
    onSuccess: () => {
      refreshLearn(client);
      refreshGameQueries(client);
    },
  });
}
