/** How weights are shown and entered (the `weight_unit` setting); the API speaks kilograms. */
export type WeightUnit = 'kg' | 'lb';

/** One pound in kilograms, exactly. */
export const KG_PER_LB = 0.45359237;

/** Kilograms in the user's unit, to one decimal. */
export function toDisplay(kg: number, unit: WeightUnit): number {
  const value = unit === 'lb' ? kg / KG_PER_LB : kg;
  return Math.round(value * 10) / 10;
}

/** A value in the user's unit as kilograms (kept to three decimals, so it reads back the same). */
export function toKg(value: number, unit: WeightUnit): number {
  const kg = unit === 'lb' ? value * KG_PER_LB : value;
  return Math.round(kg * 1000) / 1000;
}

/** "60 kg", "132.3 lb"; one decimal at most. */
export function formatWeight(kg: number | null | undefined, unit: WeightUnit): string {
  if (kg === null || kg === undefined) return '—';
  return `${toDisplay(kg, unit).toLocaleString('en', { maximumFractionDigits: 1 })} ${unit}`;
}

/** What an entry field shows for a weight in kilograms ('' for none). */
export const weightField = (kg: number | null | undefined, unit: WeightUnit): string =>
  kg === null || kg === undefined ? '' : String(toDisplay(kg, unit));

/**
 * A weight typed in the user's unit: kilograms, null when left empty, or an error when it is not
 * a number from 0 to `maxKg`.
 */
export function parseWeight(text: string, unit: WeightUnit, maxKg: number): { kg: number | null } | { error: string } {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return { kg: null };
  const value = Number(trimmed);
  const max = toDisplay(maxKg, unit);
  if (!Number.isFinite(value) || value < 0 || toKg(value, unit) > maxKg) {
    return { error: `Enter a weight from 0 to ${max.toLocaleString('en')} ${unit}.` };
  }
  return { kg: toKg(value, unit) };
}

/** Σ weight × reps in the user's unit, whole: "4,200 kg". */
export function formatVolume(kg: number, unit: WeightUnit): string {
  const value = unit === 'lb' ? kg / KG_PER_LB : kg;
  return `${Math.round(value).toLocaleString('en')} ${unit}`;
}
