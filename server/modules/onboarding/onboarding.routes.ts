import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { envelope } from '#common/contracts/base';
import { answerStepBody, onboardingChange, onboardingView, skipOnboardingBody } from '#common/contracts/onboarding';
import { errorEnvelope } from '#common/errors';
import { ctxOf } from '../../platform/access';
import * as onboarding from './onboarding.service';

const tags = ['onboarding'];
const changeResponses = { 200: envelope(onboardingChange), 404: errorEnvelope, 409: errorEnvelope };

export const onboardingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: 'The active flow with its steps, the user’s place in it and their answers',
        response: { 200: envelope(onboardingView), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await onboarding.get(ctxOf(request)) }),
  );

  app.post(
    '/start',
    {
      schema: {
        tags,
        summary: 'Begin the flow at its first step (a flow in progress stays where it is; a finished one is 409)',
        response: changeResponses,
      },
    },
    async (request) => ({ data: await onboarding.start(ctxOf(request)) }),
  );

  app.post(
    '/step',
    {
      schema: {
        tags,
        summary:
          'Answer the current step (or an earlier one); the answer is checked against the step, and the last step completes the flow',
        body: answerStepBody,
        response: changeResponses,
      },
    },
    async (request) => ({ data: await onboarding.answer(ctxOf(request), request.body) }),
  );

  app.post(
    '/skip',
    {
      schema: {
        tags,
        summary: 'Skip the rest of the flow, or with `step_id` only the current optional step',
        body: skipOnboardingBody.nullish(),
        response: changeResponses,
      },
    },
    async (request) => ({ data: await onboarding.skip(ctxOf(request), request.body) }),
  );

  app.post(
    '/reset',
    {
      schema: {
        tags,
        summary: 'Back to not started with the answers cleared (a goal it created stays)',
        response: changeResponses,
      },
    },
    async (request) => ({ data: await onboarding.reset(ctxOf(request)) }),
  );
};
