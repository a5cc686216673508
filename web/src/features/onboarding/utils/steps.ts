import type { OnboardingViewWire } from '@/lib/onboarding';

export type Step = OnboardingViewWire['steps'][number];

interface Option {
  value: string;
  label: string;
}
interface Stop {
  route: string;
  title: string;
  text: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The parts of a step's `config` the page draws, read defensively (the flow is data). */
export function stepConfig(step: Pick<Step, 'config'>): { options: Option[]; min: number; stops: Stop[] } {
  const c = step.config;
  const options = Array.isArray(c.options)
    ? c.options.filter((o): o is Option => isRecord(o) && typeof o.value === 'string' && typeof o.label === 'string')
    : [];
  const stops = Array.isArray(c.stops)
    ? c.stops.filter(
        (s): s is Stop =>
          isRecord(s) && typeof s.route === 'string' && typeof s.title === 'string' && typeof s.text === 'string',
      )
    : [];
  return { options, min: typeof c.min === 'number' ? c.min : 0, stops };
}
