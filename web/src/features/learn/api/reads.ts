import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { learnKeys } from '@/lib/query-keys';
import type {
  DrillWire,
  LearnPageWire,
  LearnProgressWire,
  LessonWire,
  ReviewQueueWire,
  TopicDetailWire,
} from './types';

const at = (id: string) => encodeURIComponent(id);

/** GET /api/learn: topics, drills, reviews due and the lesson to carry on with, in one read. */
export function useLearnPage() {
  return useQuery({
    queryKey: learnKeys.page,
    queryFn: ({ signal }) => api.get<LearnPageWire>('/learn', { signal }),
  });
}

/** GET /api/learn/topics/:id: the topic's lessons in order and its drills. */
export function useTopic(id: string) {
  return useQuery({
    queryKey: learnKeys.topic(id),
    queryFn: ({ signal }) => api.get<TopicDetailWire>(`/learn/topics/${at(id)}`, { signal }),
  });
}

/** GET /api/learn/lessons/:id: the text, the quiz without its answers, the progress. */
export function useLesson(id: string) {
  return useQuery({
    queryKey: learnKeys.lesson(id),
    queryFn: ({ signal }) => api.get<LessonWire>(`/learn/lessons/${at(id)}`, { signal }),
  });
}

/** GET /api/learn/drills/:id: the drill with the user's stats. */
export function useDrill(id: string) {
  return useQuery({
    queryKey: learnKeys.drill(id),
    queryFn: ({ signal }) => api.get<DrillWire>(`/learn/drills/${at(id)}`, { signal }),
  });
}

/** GET /api/learn/review: the cards due, the longest overdue first. */
export function useReviewQueue() {
  return useQuery({
    queryKey: learnKeys.review,
    queryFn: ({ signal }) => api.get<ReviewQueueWire>('/learn/review', { signal }),
  });
}

/** GET /api/learn/progress. */
export function useLearnProgress() {
  return useQuery({
    queryKey: learnKeys.progress,
    queryFn: ({ signal }) => api.get<LearnProgressWire>('/learn/progress', { signal }),
  });
}
