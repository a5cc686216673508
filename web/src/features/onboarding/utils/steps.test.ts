import { describe, expect, it } from 'vitest';
import { stepConfig } from './steps';

describe('stepConfig', () => {
  it('reads the options, minimum and tour stops a step offers', () => {
    expect(
      stepConfig({
        config: {
          options: [{ value: 'focus', label: 'Deep focus' }],
          min: 1,
          stops: [{ route: '/', title: 'Today', text: 'Your next step.' }],
        },
      }),
    ).toEqual({
      options: [{ value: 'focus', label: 'Deep focus' }],
      min: 1,
      stops: [{ route: '/', title: 'Today', text: 'Your next step.' }],
    });
  });

  it('drops malformed entries and falls back to nothing for a step without them', () => {
    expect(stepConfig({ config: {} })).toEqual({ options: [], min: 0, stops: [] });
    expect(
      stepConfig({ config: { options: [{ value: 1, label: 'x' }, 'focus', null], min: '2', stops: [{ title: 'x' }] } }),
    ).toEqual({ options: [], min: 0, stops: [] });
  });
});
