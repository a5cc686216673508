import { z } from 'zod';
import { FIRST_DAY, LAST_DAY, YEAR_RANGE_MESSAGE } from '../contracts/base';
import type { OnboardingStepType } from '../contracts/onboarding';
import { CONTROL_CHARACTER, isOneLineText } from '../contracts/text';

/**
 * The rules of onboarding answers: what a step accepts, from its type and its `config`. Pure; the
 * service stores what `checkResponse` returns, so an answer is always in its canonical shape.
 */

export interface StepLike {
  step_type: OnboardingStepType | string;
  config: Record<string, unknown>;
}

export interface Issue {
  /** Path inside the response, e.g. `['selected', 2]`. */
  path: (string | number)[];
  message: string;
}

export type Checked = { ok: true; value: Record<string, unknown> } | { ok: false; issues: Issue[] };

const option = z.object({ value: z.string(), label: z.string() });
const multiSelectConfig = z.object({
  options: z.array(option),
  min: z.number().int().min(0).optional(),
  max: z.number().int().min(1).optional(),
});
const formField = z.object({
  name: z.string(),
  label: z.string(),
  type: z.enum(['text', 'date']),
  required: z.boolean().optional(),
  max_length: z.number().int().min(1).optional(),
});
const formConfig = z.object({ fields: z.array(formField) });

/** The range of calendar dates a form accepts: every date of the API's (contracts/base). */
const FIRST_DATE = FIRST_DAY;
const LAST_DATE = LAST_DAY;
const DEFAULT_TEXT_LENGTH = 200;

const fail = (issues: Issue[]): Checked => ({ ok: false, issues });

/** The choices a multi_select step offers (empty for other steps or a malformed config). */
export function stepOptions(step: StepLike): string[] {
  const parsed = multiSelectConfig.safeParse(step.config);
  return parsed.success ? parsed.data.options.map((o) => o.value) : [];
}

function checkMultiSelect(step: StepLike, response: Record<string, unknown>): Checked {
  const config = multiSelectConfig.safeParse(step.config);
  if (!config.success) throw new Error(`multi_select step without options: ${JSON.stringify(step.config)}`);
  const offered = new Set(config.data.options.map((o) => o.value));
  const min = config.data.min ?? 0;
  const max = config.data.max ?? offered.size;
  const issues: Issue[] = [];
  for (const key of Object.keys(response)) {
    if (key !== 'selected') issues.push({ path: [key], message: 'Unknown field; send `selected`.' });
  }
  const selected = response.selected;
  if (!Array.isArray(selected)) {
    issues.push({ path: ['selected'], message: 'Send the chosen values as a list.' });
    return fail(issues);
  }
  const seen = new Set<string>();
  selected.forEach((v, i) => {
    if (typeof v !== 'string' || !offered.has(v))
      issues.push({ path: ['selected', i], message: 'Not one of the choices offered.' });
    else if (seen.has(v)) issues.push({ path: ['selected', i], message: 'Chosen twice.' });
    else seen.add(v);
  });
  if (issues.length === 0 && seen.size < min) {
    issues.push({ path: ['selected'], message: min === 1 ? 'Pick at least one.' : `Pick at least ${min}.` });
  }
  if (issues.length === 0 && seen.size > max) issues.push({ path: ['selected'], message: `Pick at most ${max}.` });
  if (issues.length > 0) return fail(issues);
  // Stored in the order the step offers them, so the same choice always reads the same.
  return { ok: true, value: { selected: config.data.options.map((o) => o.value).filter((v) => seen.has(v)) } };
}

function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && s >= FIRST_DATE && s <= LAST_DATE;
}

function checkForm(step: StepLike, response: Record<string, unknown>): Checked {
  const config = formConfig.safeParse(step.config);
  if (!config.success) throw new Error(`form step without fields: ${JSON.stringify(step.config)}`);
  const fields = new Map(config.data.fields.map((f) => [f.name, f]));
  const issues: Issue[] = [];
  const value: Record<string, unknown> = {};
  for (const key of Object.keys(response)) {
    if (!fields.has(key)) issues.push({ path: [key], message: 'Unknown field.' });
  }
  for (const field of fields.values()) {
    const raw = response[field.name];
    const text = typeof raw === 'string' ? raw.trim() : raw;
    if (text === undefined || text === null || text === '') {
      if (field.required) issues.push({ path: [field.name], message: `${field.label} is required.` });
      continue;
    }
    if (typeof text !== 'string') {
      issues.push({ path: [field.name], message: 'Send text.' });
      continue;
    }
    if (field.type === 'date') {
      if (isCalendarDate(text)) value[field.name] = text;
      else
        issues.push({
          path: [field.name],
          message: `${YEAR_RANGE_MESSAGE} (YYYY-MM-DD).`,
        });
      continue;
    }
    const max = field.max_length ?? DEFAULT_TEXT_LENGTH;
    // A form field is one line (it becomes a goal's title): no line breaks or control characters.
    if (!isOneLineText(text)) issues.push({ path: [field.name], message: CONTROL_CHARACTER });
    else if (text.length > max) issues.push({ path: [field.name], message: `Use at most ${max} characters.` });
    else value[field.name] = text;
  }
  return issues.length > 0 ? fail(issues) : { ok: true, value };
}

/** Checks an answer against its step; steps without input (welcome, tour, completion) take `{}`. */
export function checkResponse(step: StepLike, response: Record<string, unknown> = {}): Checked {
  switch (step.step_type) {
    case 'multi_select':
      return checkMultiSelect(step, response);
    case 'form':
      return checkForm(step, response);
    default: {
      const keys = Object.keys(response);
      if (keys.length === 0) return { ok: true, value: {} };
      return fail(keys.map((k) => ({ path: [k], message: 'This step takes no answer.' })));
    }
  }
}

/** The id of the step after `stepId` in `steps` (ordered), or null after the last one. */
export function stepAfter(steps: readonly { id: string }[], stepId: string): string | null {
  const i = steps.findIndex((s) => s.id === stepId);
  return i >= 0 && i + 1 < steps.length ? (steps[i + 1]?.id ?? null) : null;
}
