import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { useSettings } from '@/lib/settings';
import { useProfile } from '../api/get-profile';
import { AppearanceSection } from '../components/appearance-section';
import { DataSection } from '../components/data-section';
import { DeleteAccountSection } from '../components/delete-account-section';
import { FocusDefaultsSection } from '../components/focus-defaults-section';
import { OnboardingSection } from '../components/onboarding-section';
import { PasskeysSection } from '../components/passkeys-section';
import { ProfileSection } from '../components/profile-section';
import { SessionsSection } from '../components/sessions-section';
import { UnitsSection } from '../components/units-section';

export function SettingsPage() {
  const profile = useProfile();
  const settings = useSettings();

  return (
    <div className="mx-auto w-full max-w-3xl">
      <PageHeader title="Settings" description="Your profile, how Cadence looks, and where you are signed in." />
      <div className="grid gap-6">
        {profile.isPending ? (
          <Skeleton className="h-80 rounded-xl" />
        ) : profile.isError ? (
          <ErrorState
            title="Your profile could not be loaded"
            error={profile.error}
            onRetry={() => void profile.refetch()}
            retrying={profile.isFetching}
          />
        ) : (
          <ProfileSection key={profile.data.updated_at} profile={profile.data} />
        )}
        <AppearanceSection />
        {settings.isPending ? (
          <Skeleton className="h-64 rounded-xl" />
        ) : settings.isError ? (
          <ErrorState
            title="Your settings could not be loaded"
            error={settings.error}
            onRetry={() => void settings.refetch()}
            retrying={settings.isFetching}
          />
        ) : (
          <>
            <FocusDefaultsSection
              key={JSON.stringify(settings.data.focus_defaults)}
              defaults={settings.data.focus_defaults}
            />
            <UnitsSection weightUnit={settings.data.weight_unit} />
          </>
        )}
        <SessionsSection />
        <PasskeysSection />
        <OnboardingSection />
        <DataSection />
        <DeleteAccountSection />
      </div>
    </div>
  );
}
