import { describe, expect, it } from 'vitest';
import { formatVolume, formatWeight, KG_PER_LB, parseWeight, toDisplay, toKg, weightField } from './units';

describe('weight units', () => {
  it('shows kilograms as they are and pounds converted, to one decimal', () => {
    expect(formatWeight(60, 'kg')).toBe('60 kg');
    expect(formatWeight(60, 'lb')).toBe('132.3 lb');
    expect(formatWeight(62.25, 'kg')).toBe('62.3 kg');
    expect(formatWeight(null, 'kg')).toBe('—');
  });

  it('converts with the exact pound', () => {
    expect(KG_PER_LB).toBe(0.45359237);
    expect(toDisplay(100, 'lb')).toBe(220.5);
    expect(toKg(100, 'lb')).toBe(45.359);
  });

  it('reads an entry in pounds back as the same pounds', () => {
    for (const lb of [45, 135, 137.5, 225, 315.5]) {
      expect(toDisplay(toKg(lb, 'lb'), 'lb')).toBe(lb);
    }
  });

  it('parses an entry in the user’s unit into kilograms', () => {
    expect(parseWeight('135', 'lb', 2000)).toEqual({ kg: 61.235 });
    expect(parseWeight(' 60,5 ', 'kg', 2000)).toEqual({ kg: 60.5 });
    expect(parseWeight('', 'kg', 2000)).toEqual({ kg: null });
  });

  it('refuses what is not a weight, naming the range in the user’s unit', () => {
    expect(parseWeight('heavy', 'kg', 2000)).toEqual({ error: 'Enter a weight from 0 to 2,000 kg.' });
    expect(parseWeight('-5', 'lb', 2000)).toEqual({ error: 'Enter a weight from 0 to 4,409.2 lb.' });
    expect(parseWeight('4410', 'lb', 2000)).toHaveProperty('error');
  });

  it('fills an entry field in the user’s unit', () => {
    expect(weightField(61.235, 'lb')).toBe('135');
    expect(weightField(null, 'lb')).toBe('');
    expect(formatVolume(1000, 'lb')).toBe('2,205 lb');
  });
});
