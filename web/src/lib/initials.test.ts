import { describe, expect, it } from 'vitest';
import { initials } from './initials';

describe('initials', () => {
  it.each([
    ['Ada Lovelace', 'AL'],
    ['ada', 'A'],
    ['Jean-Luc de la Croix', 'JC'],
    ['Menu Person 1795', 'MP'],
    ['1234', '1'],
    ['   ', '?'],
    ['Élodie Ørsted', 'ÉØ'],
  ])('%s → %s', (name, expected) => {
    expect(initials(name)).toBe(expected);
  });
});
