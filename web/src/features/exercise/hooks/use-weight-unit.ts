import { useSettings } from '@/lib/settings';
import type { WeightUnit } from '../utils/units';

/** The user's `weight_unit` (kilograms until the settings arrive). */
export function useWeightUnit(): WeightUnit {
  const settings = useSettings();
  return settings.data?.weight_unit === 'lb' ? 'lb' : 'kg';
}
