import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { envelope, idParams, listEnvelope } from '#common/contracts/base';
import {
  drill,
  learnPage,
  learnProgress,
  lesson,
  lessonCompletion,
  lessonProgress,
  quizAnswersBody,
  REVIEW_ROUND_QUESTIONS,
  ROUND_TTL_MINUTES,
  reviewBody,
  reviewParams,
  reviewQueue,
  reviewResult,
  round,
  roundBody,
  roundResult,
  submitBody,
  topic,
  topicDetail,
} from '#common/contracts/learn';
import { errorEnvelope } from '#common/errors';
import { ctxOf } from '../../platform/access';
import * as lessons from './lessons.service';
import * as read from './read.service';
import * as review from './review.service';
import * as rounds from './rounds.service';

const tags = ['learn'];

/** Rounds a user may be issued per minute: a round takes a while to play, so this is generous. */
export const ROUNDS_PER_MINUTE = 20;

export const learnRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: 'The Learn page in one read: topics, drills, what is due for review, the lesson to carry on with',
        response: { 200: envelope(learnPage) },
      },
    },
    async (request) => ({ data: await read.page(ctxOf(request)) }),
  );

  app.get(
    '/topics',
    {
      schema: {
        tags,
        summary: 'The active topics with their lesson and drill counts (all of them: one page)',
        response: { 200: listEnvelope(topic) },
      },
    },
    async (request) => {
      const data = await read.topics(ctxOf(request));
      return { data, page: { limit: data.length, next_cursor: null } };
    },
  );

  app.get(
    '/topics/:id',
    {
      schema: {
        tags,
        summary: 'A topic with its lessons and drills and the user’s progress in them',
        params: idParams,
        response: { 200: envelope(topicDetail), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await read.topic(ctxOf(request), request.params.id) }),
  );

  app.get(
    '/lessons/:id',
    {
      schema: {
        tags,
        summary: 'A lesson to read, with its quiz (without the answers) and the user’s progress',
        params: idParams,
        response: { 200: envelope(lesson), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await lessons.get(ctxOf(request), request.params.id) }),
  );

  app.post(
    '/lessons/:id/start',
    {
      schema: {
        tags,
        summary: 'Start a lesson (a repeat changes nothing)',
        params: idParams,
        response: { 200: envelope(lessonProgress), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await lessons.start(ctxOf(request), request.params.id) }),
  );

  app.post(
    '/lessons/:id/complete',
    {
      schema: {
        tags,
        summary:
          'Take the quiz: one list of chosen indexes per question (422 otherwise), marked on the server; the first pass completes the lesson, pays once and makes it a card',
        params: idParams,
        body: quizAnswersBody,
        response: { 200: envelope(lessonCompletion), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await lessons.complete(ctxOf(request), request.params.id, request.body) }),
  );

  app.get(
    '/drills/:id',
    {
      schema: {
        tags,
        summary: 'A drill with the user’s stats and schedule',
        params: idParams,
        response: { 200: envelope(drill), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await rounds.get(ctxOf(request), request.params.id) }),
  );

  app.post(
    '/drills/:id/rounds',
    {
      config: { rateLimit: { max: ROUNDS_PER_MINUTE, timeWindow: 60_000 } },
      schema: {
        tags,
        summary: `Issue a round of the drill’s questions (without answers), to answer within ${ROUND_TTL_MINUTES} minutes; a review round (${REVIEW_ROUND_QUESTIONS} questions) needs the drill to be a card (409 not_a_card)`,
        params: idParams,
        body: roundBody,
        response: { 201: envelope(round), 404: errorEnvelope, 409: errorEnvelope },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ data: await rounds.issue(ctxOf(request), request.params.id, request.body) }),
  );

  app.post(
    '/drills/:id/submit',
    {
      schema: {
        tags,
        summary:
          'Answer a round once (409 round_submitted, round_expired): marked and timed on the server; a practice round pays (up to the day’s cap)',
        params: idParams,
        body: submitBody,
        response: { 200: envelope(roundResult), 404: errorEnvelope, 409: errorEnvelope },
      },
    },
    async (request) => ({ data: await rounds.submit(ctxOf(request), request.params.id, request.body) }),
  );

  app.get(
    '/review',
    {
      schema: {
        tags,
        summary: 'The cards due for review, the longest overdue first, with the count and the next due',
        response: { 200: envelope(reviewQueue) },
      },
    },
    async (request) => ({ data: await review.queue(ctxOf(request)) }),
  );

  app.post(
    '/review/:kind/:id',
    {
      schema: {
        tags,
        summary:
          'Rate a due card (409 not_due); a lesson needs a quiz attempt since its last review (409 attempt_needed), a drill the id of an unused review round it played (409 round_needed)',
        params: reviewParams,
        body: reviewBody,
        response: { 200: envelope(reviewResult), 404: errorEnvelope, 409: errorEnvelope },
      },
    },
    async (request) => ({
      data: await review.rate(ctxOf(request), request.params.kind, request.params.id, request.body),
    }),
  );

  app.get(
    '/progress',
    {
      schema: {
        tags,
        summary: `Lessons completed per topic, each drill’s scores, rounds per day over the last days, reviews due`,
        response: { 200: envelope(learnProgress) },
      },
    },
    async (request) => ({ data: await read.progress(ctxOf(request)) }),
  );
};
