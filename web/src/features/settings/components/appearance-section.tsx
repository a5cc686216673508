import { Check } from 'lucide-react';
import { useId } from 'react';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ThemePicker } from '@/components/ui/theme-picker';
import { type Accent, accents, isPurchasedTheme, purchasedThemes, useAppearance } from '@/lib/appearance';
import { cn } from '@/lib/cn';

const swatch: Record<Accent, string> = {
  violet: '#6d28d9',
  blue: '#1d5fd6',
  teal: '#0f766e',
  green: '#15803d',
  amber: '#a34a07',
  rose: '#cf1a43',
};

/** Theme and accent colour; each change applies at once and is saved. */
export function AppearanceSection() {
  const headingId = useId();
  const { theme, accent, setTheme, setAccent } = useAppearance();

  return (
    <Card aria-labelledby={headingId}>
      <CardHeader id={headingId} title="Appearance" description="Saved to your account, so every device matches." />
      <CardBody className="grid gap-6">
        <ThemePicker name="settings-theme" value={theme} onChange={(value) => setTheme(value)} />
        <fieldset>
          <legend className="mb-2 text-sm font-medium">Accent colour</legend>
          {isPurchasedTheme(theme) && (
            <p className="-mt-1 mb-2 text-xs text-muted">
              {purchasedThemes[theme]} brings its own accent; yours returns when you choose Light, Dark or System.
            </p>
          )}
          <div className="flex flex-wrap gap-3">
            {accents.map((a) => (
              <label
                key={a}
                title={a}
                className={cn(
                  'relative grid size-9 cursor-pointer place-items-center rounded-full ring-offset-2 ring-offset-surface transition',
                  'has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-fg',
                  accent === a && 'ring-2 ring-fg/70',
                )}
                style={{ background: swatch[a] }}
              >
                <input
                  type="radio"
                  name="settings-accent"
                  value={a}
                  checked={accent === a}
                  onChange={() => setAccent(a)}
                  className="sr-only"
                />
                <span className="sr-only">{a[0]?.toUpperCase() + a.slice(1)}</span>
                {accent === a && <Check aria-hidden className="size-4 text-white" />}
              </label>
            ))}
          </div>
        </fieldset>
      </CardBody>
    </Card>
  );
}
