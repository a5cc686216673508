import { z } from 'zod';
import { onboardingStatuses, onboardingStepTypes } from '../enums';
import { timestamp } from './base';
import { jsonObject } from './text';

/** The first-run flow (`/api/onboarding`, SPEC §6 Onboarding; rules in docs/RULES.md). */

export const onboardingStatus = z.enum(onboardingStatuses);
export type OnboardingStatus = z.output<typeof onboardingStatus>;
export const onboardingStepType = z.enum(onboardingStepTypes);
export type OnboardingStepType = z.output<typeof onboardingStepType>;

/** A JSON object of answers or configuration as the API answers it. */
const storedObject = z.record(z.string(), z.unknown());

export const onboardingStep = z.object({
  id: z.uuid(),
  key: z.string(),
  step_order: z.number().int(),
  step_type: onboardingStepType,
  title: z.string(),
  body: z.string(),
  /** What the step type needs: the options of a multi_select, the fields of a form, the stops of a tour. */
  config: storedObject,
  /** A required step cannot be skipped on its own (skipping the whole flow is always possible). */
  is_required: z.boolean(),
});
export type OnboardingStep = z.output<typeof onboardingStep>;

export const onboardingAnswer = z.object({
  step_id: z.uuid(),
  step_key: z.string(),
  /** `{}` for a step without input, `{ selected }` for a multi_select, the field values of a form. */
  response: storedObject,
  updated_at: timestamp,
});
export type OnboardingAnswer = z.output<typeof onboardingAnswer>;

/** The active flow, the user's place in it and their answers (a user who never started reads `not_started`). */
export const onboardingView = z.object({
  status: onboardingStatus,
  flow: z.object({ id: z.uuid(), key: z.string(), name: z.string(), description: z.string() }),
  steps: z.array(onboardingStep),
  /** The step to show next while `in_progress`; null otherwise. */
  current_step_id: z.uuid().nullable(),
  answers: z.array(onboardingAnswer),
  started_at: timestamp.nullable(),
  completed_at: timestamp.nullable(),
  skipped_at: timestamp.nullable(),
});
export type OnboardingView = z.output<typeof onboardingView>;

/** The view after a change, and the goal the "first goal" step created by this request (null otherwise). */
export const onboardingChange = onboardingView.extend({
  created_goal_id: z.uuid().nullable(),
});
export type OnboardingChange = z.output<typeof onboardingChange>;

/** Answers `step_id` (default: the current step); the response is checked against the step's type and options. */
export const answerStepBody = z.strictObject({
  step_id: z.uuid().optional(),
  /** Checked against the step's type and options by the service; its strings must be clean text. */
  response: jsonObject.optional(),
});
export type AnswerStepBody = z.input<typeof answerStepBody>;

/** Without `step_id`, skips the rest of the flow; with it, skips that one (current, optional) step. */
export const skipOnboardingBody = z.strictObject({ step_id: z.uuid().optional() });
export type SkipOnboardingBody = z.input<typeof skipOnboardingBody>;
