import type { z } from 'zod';
import type {
  AnswerStepBody,
  OnboardingChange,
  OnboardingStatus,
  OnboardingStepType,
  OnboardingView,
  skipOnboardingBody,
} from '#common/contracts/onboarding';
import { checkResponse, stepAfter } from '#common/rules/onboarding';
import type { SettingValue } from '#common/settings';
import type { DbOrTx, Tx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { conflict, notFound, validationError } from '../../platform/errors';
import { createGoal } from '../goals';
import { writeSetting } from '../settings';
import * as repo from './onboarding.repo';

interface Flow {
  flow: repo.FlowRow;
  steps: repo.StepRow[];
}

async function loadFlow(db: DbOrTx): Promise<Flow> {
  const flow = await repo.activeFlow(db);
  // The flow is seeded at every start; without one there is nothing to offer.
  if (!flow) throw notFound('onboarding flow');
  return { flow, steps: await repo.listSteps(db, flow.id) };
}

async function view(
  db: DbOrTx,
  userId: string,
  { flow, steps }: Flow,
  state: repo.StateRow | null,
): Promise<OnboardingView> {
  const answers = await repo.listResponses(
    db,
    userId,
    steps.map((s) => s.id),
  );
  const keyOf = new Map(steps.map((s) => [s.id, s.key]));
  const order = new Map(steps.map((s) => [s.id, s.step_order]));
  const status = (state?.status ?? 'not_started') as OnboardingStatus;
  return {
    status,
    flow: { id: flow.id, key: flow.key, name: flow.name, description: flow.description },
    steps: steps.map((s) => ({
      id: s.id,
      key: s.key,
      step_order: s.step_order,
      step_type: s.step_type as OnboardingStepType,
      title: s.title,
      body: s.body,
      config: s.config,
      is_required: s.is_required,
    })),
    current_step_id: status === 'in_progress' ? (state?.current_step_id ?? null) : null,
    answers: answers
      .sort((a, b) => (order.get(a.step_id) ?? 0) - (order.get(b.step_id) ?? 0))
      .map((a) => ({
        step_id: a.step_id,
        step_key: keyOf.get(a.step_id) ?? '',
        response: a.response as Record<string, unknown>,
        updated_at: a.updated_at,
      })),
    started_at: state?.started_at ?? null,
    completed_at: state?.completed_at ?? null,
    skipped_at: state?.skipped_at ?? null,
  };
}

const finished = () =>
  conflict('Onboarding is already finished; reset it to go through it again.', 'onboarding_finished');

function requireInProgress(state: repo.StateRow): void {
  if (state.status === 'not_started') throw conflict('Start onboarding first.', 'onboarding_not_started');
  if (state.status !== 'in_progress') throw finished();
}

function findStep(steps: repo.StepRow[], id: string | null | undefined): repo.StepRow {
  const step = steps.find((s) => s.id === id);
  if (!step) throw notFound('onboarding step');
  return step;
}

/** Moves past `step` when it is the current one; past the last step the flow is completed. */
async function advance(tx: Tx, ctx: Ctx, flow: Flow, state: repo.StateRow, step: repo.StepRow): Promise<repo.StateRow> {
  if (state.current_step_id !== step.id) return state;
  const next = stepAfter(flow.steps, step.id);
  if (next) return repo.updateState(tx, ctx.userId, { current_step_id: next });
  return repo.updateState(tx, ctx.userId, {
    status: 'completed',
    completed_at: ctx.clock.now(),
    current_step_id: null,
  });
}

/** Runs `change` on the user's locked state and answers the view, in one transaction. */
function change(
  ctx: Ctx,
  fn: (tx: Tx, flow: Flow, state: repo.StateRow) => Promise<{ state: repo.StateRow; created_goal_id?: string | null }>,
): Promise<OnboardingChange> {
  return ctx.database.db.transaction(async (tx) => {
    const flow = await loadFlow(tx);
    const locked = await repo.lockState(tx, ctx.userId, flow.flow.id);
    const { state, created_goal_id = null } = await fn(tx, flow, locked);
    return { ...(await view(tx, ctx.userId, flow, state)), created_goal_id };
  });
}

export async function get(ctx: Ctx): Promise<OnboardingView> {
  const db = ctx.database.db;
  const flow = await loadFlow(db);
  return view(db, ctx.userId, flow, await repo.findState(db, ctx.userId));
}

/** Begins the flow at its first step; starting a flow in progress changes nothing. */
export function start(ctx: Ctx): Promise<OnboardingChange> {
  return change(ctx, async (tx, flow, state) => {
    if (state.status === 'in_progress') return { state };
    if (state.status !== 'not_started') throw finished();
    return {
      state: await repo.updateState(tx, ctx.userId, {
        status: 'in_progress',
        flow_id: flow.flow.id,
        current_step_id: flow.steps[0]?.id ?? null,
        started_at: ctx.clock.now(),
      }),
    };
  });
}

/**
 * Answers the current step, or an earlier one to change an answer (a later one is 409: steps come
 * in order). The answer is checked against the step; the interests are saved to the `interests`
 * setting, and the first-goal step creates its goal once per run (answering it again keeps it).
 */
export function answer(ctx: Ctx, body: AnswerStepBody): Promise<OnboardingChange> {
  return change(ctx, async (tx, flow, state) => {
    requireInProgress(state);
    const step = findStep(flow.steps, body.step_id ?? state.current_step_id);
    const current = flow.steps.find((s) => s.id === state.current_step_id);
    if (current && step.step_order > current.step_order) {
      throw conflict('Answer the steps in order: this one comes later.', 'onboarding_step_ahead');
    }
    const checked = checkResponse(step, body.response ?? {});
    if (!checked.ok) {
      throw validationError(
        checked.issues.map((i) => ({ path: ['body', 'response', ...i.path].join('.'), message: i.message })),
        'That answer does not fit this step.',
      );
    }
    const value = checked.value;
    let created: string | null = null;
    if (step.config.setting === 'interests') {
      await writeSetting(tx, ctx.userId, 'interests', value.selected as SettingValue<'interests'>);
    }
    if (step.config.creates === 'goal') {
      const [previous] = await repo.listResponses(tx, ctx.userId, [step.id]);
      const kept = (previous?.response as { goal_id?: unknown } | undefined)?.goal_id;
      if (typeof kept === 'string') value.goal_id = kept;
      else {
        const goal = await createGoal(tx, ctx.userId, {
          title: value.title as string,
          target_date: (value.target_date as string | undefined) ?? null,
        });
        value.goal_id = goal.id;
        created = goal.id;
      }
    }
    await repo.upsertResponse(tx, ctx.userId, step.id, value);
    return { state: await advance(tx, ctx, flow, state, step), created_goal_id: created };
  });
}

/**
 * Without a step, skips the rest of the flow (skipping again changes nothing; a completed flow is
 * 409). With `step_id`, passes over that step: it must be the current one and not required.
 */
export function skip(ctx: Ctx, body: z.input<typeof skipOnboardingBody> | null | undefined): Promise<OnboardingChange> {
  return change(ctx, async (tx, flow, state) => {
    if (body?.step_id) {
      requireInProgress(state);
      const step = findStep(flow.steps, body.step_id);
      if (step.id !== state.current_step_id) {
        throw conflict('Only the current step can be skipped.', 'onboarding_step_not_current');
      }
      if (step.is_required) throw conflict('This step cannot be skipped on its own.', 'onboarding_step_required');
      return { state: await advance(tx, ctx, flow, state, step) };
    }
    if (state.status === 'skipped') return { state };
    if (state.status === 'completed') throw finished();
    return {
      state: await repo.updateState(tx, ctx.userId, {
        status: 'skipped',
        skipped_at: ctx.clock.now(),
        current_step_id: null,
      }),
    };
  });
}

/**
 * Back to `not_started` on the active flow with every answer forgotten. What the answers did stays:
 * the goal created is an ordinary goal, and the interests setting keeps its value.
 */
export function reset(ctx: Ctx): Promise<OnboardingChange> {
  return change(ctx, async (tx, flow) => {
    await repo.deleteResponses(tx, ctx.userId);
    return {
      state: await repo.updateState(tx, ctx.userId, {
        status: 'not_started',
        flow_id: flow.flow.id,
        current_step_id: null,
        started_at: null,
        completed_at: null,
        skipped_at: null,
      }),
    };
  });
}
