import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { onboardingStatuses, onboardingStepTypes } from '#common/enums';
import { createdAt, id, ts, updatedAt } from '../../db/columns';
import { emptyObject, oneOf, ownerId } from '../../db/table-helpers';

/** Onboarding flows (seeded); the active one is offered to new users. */
export const onboarding_flows = pgTable(
  'onboarding_flows',
  {
    id: id(),
    key: text().notNull(),
    name: text().notNull(),
    description: text().notNull(),
    is_active: boolean().notNull().default(true),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [uniqueIndex('onboarding_flows_key').on(t.key)],
);

/**
 * Ordered steps of a flow. `config` carries what the step type needs: the choices of a
 * multi_select, the fields of a form, the stops of a tour.
 */
export const onboarding_steps = pgTable(
  'onboarding_steps',
  {
    id: id(),
    flow_id: uuid()
      .notNull()
      .references(() => onboarding_flows.id, { onDelete: 'cascade' }),
    key: text().notNull(),
    step_order: integer().notNull(),
    step_type: text().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    config: jsonb().$type<Record<string, unknown>>().notNull().default(emptyObject),
    is_required: boolean().notNull().default(false),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    uniqueIndex('onboarding_steps_flow_order_key').on(t.flow_id, t.step_order),
    uniqueIndex('onboarding_steps_flow_key').on(t.flow_id, t.key),
    check('onboarding_steps_type_valid', oneOf(t.step_type, onboardingStepTypes)),
    check('onboarding_steps_order_positive', sql`${t.step_order} >= 1`),
  ],
);

/** One per user: where they are in onboarding. */
export const user_onboarding_state = pgTable(
  'user_onboarding_state',
  {
    id: id(),
    user_id: ownerId(),
    flow_id: uuid()
      .notNull()
      .references(() => onboarding_flows.id, { onDelete: 'cascade' }),
    current_step_id: uuid().references(() => onboarding_steps.id, { onDelete: 'set null' }),
    status: text().notNull().default('not_started'),
    started_at: ts(),
    completed_at: ts(),
    skipped_at: ts(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    uniqueIndex('user_onboarding_state_user_key').on(t.user_id),
    index('user_onboarding_state_flow_idx').on(t.flow_id),
    index('user_onboarding_state_step_idx').on(t.current_step_id),
    check('user_onboarding_state_status_valid', oneOf(t.status, onboardingStatuses)),
    check('user_onboarding_state_completed_dated', sql`${t.status} <> 'completed' or ${t.completed_at} is not null`),
    check('user_onboarding_state_skipped_dated', sql`${t.status} <> 'skipped' or ${t.skipped_at} is not null`),
  ],
);

/** The user's answer to a step (interests, first goal…); answers feed personalization. */
export const user_onboarding_responses = pgTable(
  'user_onboarding_responses',
  {
    id: id(),
    user_id: ownerId(),
    step_id: uuid()
      .notNull()
      .references(() => onboarding_steps.id, { onDelete: 'cascade' }),
    response: jsonb().notNull(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    uniqueIndex('user_onboarding_responses_user_step_key').on(t.user_id, t.step_id),
    index('user_onboarding_responses_step_idx').on(t.step_id),
  ],
);
