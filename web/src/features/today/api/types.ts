/** Wire shapes of the Today and plan APIs (the contracts' inputs: timestamps as strings). */
import type { z } from 'zod';
import type { plan, planItem, planItemChange } from '#common/contracts/plan';
import type { starter, today } from '#common/contracts/today';

export type TodayWire = z.input<typeof today>;
export type StarterWire = z.input<typeof starter>;
export type PlanWire = z.input<typeof plan>;
export type PlanItemWire = z.input<typeof planItem>;
export type PlanItemChangeWire = z.input<typeof planItemChange>;
