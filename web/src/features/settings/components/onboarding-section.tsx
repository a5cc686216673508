import { RotateCcw } from 'lucide-react';
import { useId } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { useRestartOnboarding } from '../api/restart-onboarding';

/** Go through the welcome flow again: pick interests anew, set another first goal, see the tour. */
export function OnboardingSection() {
  const headingId = useId();
  const navigate = useNavigate();
  const restart = useRestartOnboarding();
  return (
    <Card aria-labelledby={headingId}>
      <CardHeader id={headingId} title="Getting started" description="The short welcome you saw on your first visit." />
      <CardBody className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted">Pick your interests again and take the tour. Your goals stay as they are.</p>
        <Button
          onClick={() =>
            restart.mutate(undefined, {
              onSuccess: () => navigate('/onboarding?redirect=%2Fsettings'),
            })
          }
          loading={restart.isPending}
        >
          {!restart.isPending && <RotateCcw aria-hidden className="size-4" />}
          Restart onboarding
        </Button>
      </CardBody>
    </Card>
  );
}
