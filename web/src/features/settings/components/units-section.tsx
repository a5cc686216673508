import { useId } from 'react';
import type { Settings } from '#common/settings';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { SegmentedControl } from '@/components/ui/segmented-control';
import { useUpdateSetting } from '@/lib/settings';

type WeightUnit = Settings['weight_unit'];

const options: { value: WeightUnit; label: string }[] = [
  { value: 'kg', label: 'Kilograms (kg)' },
  { value: 'lb', label: 'Pounds (lb)' },
];

/** The unit weights are shown and entered in; the change applies at once and is saved. */
export function UnitsSection({ weightUnit }: { weightUnit: WeightUnit }) {
  const headingId = useId();
  const update = useUpdateSetting();
  return (
    <Card aria-labelledby={headingId}>
      <CardHeader id={headingId} title="Units" description="How your workouts show and take weights." />
      <CardBody>
        <SegmentedControl
          legend="Weight unit"
          name="settings-weight-unit"
          value={weightUnit}
          options={options}
          onChange={(value) => update.mutate({ key: 'weight_unit', value })}
        />
      </CardBody>
    </Card>
  );
}
