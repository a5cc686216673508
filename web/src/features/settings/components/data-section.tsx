import { Download } from 'lucide-react';
import { useId } from 'react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { useExportData } from '../api/export-data';

/** Download everything Cadence stores about the user as JSON. */
export function DataSection() {
  const headingId = useId();
  const exportData = useExportData();
  return (
    <Card aria-labelledby={headingId}>
      <CardHeader id={headingId} title="Your data" description="Everything you have entered is yours to take." />
      <CardBody className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted">Download a JSON file with your profile, settings and all your entries.</p>
        <Button
          onClick={() =>
            exportData.mutate(undefined, {
              onSuccess: (name) => toast.success(`Downloaded ${name}`),
            })
          }
          loading={exportData.isPending}
        >
          {!exportData.isPending && <Download aria-hidden className="size-4" />}
          Export my data
        </Button>
      </CardBody>
    </Card>
  );
}
