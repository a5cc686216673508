import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { envelope, idParams, listEnvelope } from '#common/contracts/base';
import {
  calendarEvent,
  calendarException,
  calendarExceptionBody,
  calendarFeedStatus,
  calendarFeedToken,
  calendarItem,
  calendarListQuery,
  createCalendarEventBody,
  feedTokenParams,
  updateCalendarEventBody,
} from '#common/contracts/calendar';
import { errorEnvelope } from '#common/errors';
import { ctxOf } from '../../platform/access';
import * as events from './calendar.service';
import * as feeds from './feed.service';
import * as occurrences from './occurrences.service';

const tags = ['calendar'];
const ics = z.string().describe('An iCalendar (RFC 5545) document');
const ICS_TYPE = 'text/calendar; charset=utf-8';

/** A subscription feed is fetched by calendar apps on a schedule; this is plenty for them. */
export const FEED_REQUESTS_PER_MINUTE = 30;

export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: 'With from and to: one item per occurrence in the range (≤ 366 days), by start; else the events',
        querystring: calendarListQuery,
        response: { 200: listEnvelope(calendarItem), 400: errorEnvelope },
      },
    },
    async (request) => occurrences.list(ctxOf(request), request.query),
  );

  app.post(
    '',
    {
      schema: {
        tags,
        summary: 'Create an event, repeating when it has an RRULE (its start must be the first occurrence)',
        body: createCalendarEventBody,
        response: { 201: envelope(calendarEvent), 400: errorEnvelope, 422: errorEnvelope, 404: errorEnvelope },
      },
    },
    async (request, reply) => reply.status(201).send({ data: await events.create(ctxOf(request), request.body) }),
  );

  app.get(
    '/export.ics',
    {
      schema: { tags, summary: 'The whole calendar as iCalendar', produces: ['text/calendar'], response: { 200: ics } },
    },
    // The typed reply expects the document itself; the stream produces exactly that text.
    async (request, reply) => reply.type(ICS_TYPE).send((await feeds.exportCalendar(ctxOf(request))) as never),
  );

  app.get(
    '/feed-token',
    {
      schema: {
        tags,
        summary: 'Whether a private feed address is active (the address itself is shown only when made)',
        response: { 200: envelope(calendarFeedStatus) },
      },
    },
    async (request) => ({ data: await feeds.feedStatus(ctxOf(request)) }),
  );

  app.post(
    '/feed-token',
    {
      schema: {
        tags,
        summary: 'A new private feed address for calendar apps; an earlier one stops working',
        response: { 200: envelope(calendarFeedToken) },
      },
    },
    async (request) => ({ data: await feeds.createFeedToken(ctxOf(request)) }),
  );

  app.delete(
    '/feed-token',
    {
      schema: {
        tags,
        summary: 'Revoke the private feed address',
        response: { 204: z.null().describe('No content'), 404: errorEnvelope },
      },
    },
    async (request, reply) => {
      await feeds.revokeFeedToken(ctxOf(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/feed/:token.ics',
    {
      config: {
        public: true,
        rateLimit: { max: FEED_REQUESTS_PER_MINUTE, timeWindow: 60_000, keyGenerator: (r) => `feed|${r.ip}` },
      },
      schema: {
        tags,
        summary: 'The subscription feed: the token in the address is the credential (no session)',
        params: feedTokenParams,
        produces: ['text/calendar'],
        response: { 200: ics, 400: errorEnvelope, 404: errorEnvelope },
      },
    },
    async (request, reply) =>
      reply
        .type(ICS_TYPE)
        .header('cache-control', 'private, max-age=300')
        .send((await feeds.feed(app.deps, request.params.token)) as never),
  );

  app.get(
    '/:id',
    {
      schema: {
        tags,
        summary: 'One event',
        params: idParams,
        response: { 200: envelope(calendarEvent), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await events.get(ctxOf(request), request.params.id) }),
  );

  app.patch(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Edit an event or its whole series; moving a series drops its per-occurrence changes',
        params: idParams,
        body: updateCalendarEventBody,
        response: { 200: envelope(calendarEvent), 400: errorEnvelope, 422: errorEnvelope, 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await events.update(ctxOf(request), request.params.id, request.body) }),
  );

  app.delete(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Delete an event with all its occurrences',
        params: idParams,
        response: { 204: z.null().describe('No content'), 404: errorEnvelope },
      },
    },
    async (request, reply) => {
      await events.remove(ctxOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/:id/exceptions',
    {
      schema: {
        tags,
        summary: 'Edit or cancel one occurrence, named by its original start (422 if no occurrence starts then)',
        params: idParams,
        body: calendarExceptionBody,
        response: { 200: envelope(calendarException), 400: errorEnvelope, 422: errorEnvelope, 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await events.setException(ctxOf(request), request.params.id, request.body) }),
  );
};
