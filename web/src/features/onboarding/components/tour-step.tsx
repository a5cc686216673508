import { Button } from '@/components/ui/button';

interface Stop {
  route: string;
  title: string;
  text: string;
}

/** Where things live, as a short list (the sections open once onboarding is done). */
export function TourStep({ stops, saving, onContinue }: { stops: Stop[]; saving: boolean; onContinue: () => void }) {
  return (
    <div className="grid gap-6">
      <ul className="grid gap-3">
        {stops.map((s) => (
          <li key={s.route} className="rounded-xl border border-line px-4 py-3">
            <p className="font-medium">{s.title}</p>
            <p className="text-sm text-muted">{s.text}</p>
          </li>
        ))}
      </ul>
      <Button variant="primary" size="lg" className="justify-self-start" loading={saving} onClick={onContinue}>
        Continue
      </Button>
    </div>
  );
}
