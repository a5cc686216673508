import { type FormEvent, useId, useState } from 'react';
import { toast } from 'sonner';
import { updateProfileBody } from '#common/contracts/user';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Field, Input, Select } from '@/components/ui/field';
import { isApiError } from '@/lib/api-client';
import { maxLengthOf } from '@/lib/limits';
import { browserTimeZone } from '@/lib/time-zone';
import type { Profile } from '../api/get-profile';
import { useUpdateProfile } from '../api/update-profile';
import { suggestedTimeZone, timeZoneLabel, timeZoneOptions } from '../utils/time-zones';

const NAME_MAX = maxLengthOf(updateProfileBody.shape.name);

const HOURS = Array.from({ length: 24 }, (_, h) => h);

const hourLabel = (h: number) => `${String(h).padStart(2, '0')}:00${h === 0 ? ' (midnight)' : ''}`;

/** Name, time zone and the hour a new day starts. */
export function ProfileSection({ profile }: { profile: Profile }) {
  const headingId = useId();
  const [name, setName] = useState(profile.name);
  const [timezone, setTimezone] = useState(profile.timezone);
  const [dayStart, setDayStart] = useState(profile.day_start_hour);
  const update = useUpdateProfile();
  const browser = browserTimeZone();
  const suggestion = suggestedTimeZone(timezone, browser);
  const zones = timeZoneOptions(timezone, browser);
  const dirty = name.trim() !== profile.name || timezone !== profile.timezone || dayStart !== profile.day_start_hour;
  const fieldError = (path: string) =>
    isApiError(update.error) ? (update.error.details.find((d) => d.path === path)?.message ?? null) : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // A promise rather than mutate callbacks: the saved profile remounts this form (it is keyed by updated_at).
    update
      .mutateAsync({ name: name.trim(), timezone, day_start_hour: dayStart })
      .then(() => toast.success('Profile saved'))
      .catch(() => {}); // the default mutation toast says why
  };

  return (
    <Card aria-labelledby={headingId}>
      <CardHeader id={headingId} title="Profile" description="How Cadence names you and counts your days." />
      <CardBody>
        <form onSubmit={submit} className="grid gap-5">
          <div className="grid gap-5 sm:grid-cols-2">
            <Field label="Name" error={fieldError('name')}>
              {({ id, describedBy, invalid }) => (
                <Input
                  id={id}
                  value={name}
                  required
                  maxLength={NAME_MAX}
                  autoComplete="name"
                  onChange={(e) => setName(e.target.value)}
                  aria-describedby={describedBy}
                  aria-invalid={invalid || undefined}
                />
              )}
            </Field>
            <Field label="Email" hint="Used to link sign-in methods; it cannot be changed here.">
              {({ id, describedBy }) => (
                <Input id={id} value={profile.email ?? 'Not set'} readOnly disabled aria-describedby={describedBy} />
              )}
            </Field>
          </div>
          <Field
            label="Time zone"
            error={fieldError('timezone')}
            hint={
              suggestion ? (
                <>
                  This device is in {timeZoneLabel(suggestion)}.{' '}
                  <button
                    type="button"
                    className="font-medium text-accent-text underline underline-offset-2"
                    onClick={() => setTimezone(suggestion)}
                  >
                    Use it
                  </button>
                </>
              ) : (
                'Today, streaks and plans follow this zone.'
              )
            }
          >
            {({ id, describedBy, invalid }) => (
              <Select
                id={id}
                value={timezone}
                onChange={(e) => setTimezone(e.target.value)}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
              >
                {zones.map((z) => (
                  <option key={z} value={z}>
                    {z === browser ? `${timeZoneLabel(z)} · this device` : timeZoneLabel(z)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field
            label="A new day starts at"
            hint="Late nights still count for the day before until this hour."
            error={fieldError('day_start_hour')}
          >
            {({ id, describedBy, invalid }) => (
              <Select
                id={id}
                value={dayStart}
                onChange={(e) => setDayStart(Number(e.target.value))}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                className="sm:max-w-56"
              >
                {HOURS.map((h) => (
                  <option key={h} value={h}>
                    {hourLabel(h)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <div className="flex justify-end">
            <Button type="submit" variant="primary" disabled={!dirty || !name.trim()} loading={update.isPending}>
              Save profile
            </Button>
          </div>
        </form>
      </CardBody>
    </Card>
  );
}
