import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { envelope, listEnvelope, pageQuery } from '#common/contracts/base';
import {
  achievementState,
  historyDay,
  historyQuery,
  ledgerEntry,
  skillState,
  streakState,
  summary,
  teaser,
} from '#common/contracts/gamification';
import { ctxOf } from '../../platform/access';
import * as achievements from './achievements.service';
import * as service from './read.service';

const tags = ['gamification'];

export const gamificationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/summary',
    {
      schema: {
        tags,
        summary: 'Level, XP, coins, skills, daily streak, shields and any running XP boost',
        response: { 200: envelope(summary) },
      },
    },
    async (request) => ({ data: await service.getSummary(ctxOf(request)) }),
  );

  app.get(
    '/ledger',
    {
      schema: {
        tags,
        summary: 'Every award, spend and reversal, newest first (keyset pages)',
        querystring: pageQuery,
        response: { 200: listEnvelope(ledgerEntry) },
      },
    },
    async (request) => service.getLedger(ctxOf(request), request.query),
  );

  app.get(
    '/achievements',
    {
      schema: {
        tags,
        summary: 'Every active achievement with earned state and progress; hidden ones read "???" until earned',
        response: { 200: envelope(z.array(achievementState)) },
      },
    },
    async (request) => ({ data: await achievements.getAchievements(ctxOf(request)) }),
  );

  app.get(
    '/teaser',
    {
      schema: {
        tags,
        summary: 'The unearned visible achievement the user is closest to, with a progress label',
        response: { 200: envelope(teaser) },
      },
    },
    async (request) => ({ data: await achievements.getTeaser(ctxOf(request)) }),
  );

  app.get(
    '/streaks',
    {
      schema: {
        tags,
        summary: 'Every streak type as it reads today (0 when broken), its longest run and shields used',
        response: { 200: envelope(z.array(streakState)) },
      },
    },
    async (request) => ({ data: await service.getStreaks(ctxOf(request)) }),
  );

  app.get(
    '/skills',
    {
      schema: { tags, summary: 'Stars and level in each skill', response: { 200: envelope(z.array(skillState)) } },
    },
    async (request) => ({ data: await service.getSkills(ctxOf(request)) }),
  );

  app.get(
    '/history',
    {
      schema: {
        tags,
        summary: 'XP and coins earned per day of the user, oldest first (7–365 days, default 30)',
        querystring: historyQuery,
        response: { 200: envelope(z.array(historyDay)) },
      },
    },
    async (request) => ({ data: await service.getHistory(ctxOf(request), request.query.days) }),
  );
};
