import { ArrowRight } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { localSignInBody } from '#common/contracts/auth';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { errorMessage, isApiError } from '@/lib/api-client';
import { maxLengthOf } from '@/lib/limits';
import { browserTimeZone } from '@/lib/time-zone';
import { useLocalSignIn } from '../api/sign-in-local';

const limits = {
  name: maxLengthOf(localSignInBody.shape.name),
  email: maxLengthOf(localSignInBody.shape.email),
};

/** Local sign-in: a name and, if the user wants, an email. No password (loopback/embedded only). */
/** The session cache update that follows success moves the page on. */
export function LocalSignInForm() {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const signIn = useLocalSignIn();
  const fieldError = (path: string) =>
    isApiError(signIn.error) ? (signIn.error.details.find((d) => d.path === path)?.message ?? null) : null;
  const nameError = fieldError('name');
  const emailError = fieldError('email');
  const otherError = signIn.error && !nameError && !emailError ? errorMessage(signIn.error) : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate({ name: name.trim(), email: email.trim() || undefined, timezone: browserTimeZone() });
  };

  return (
    <form onSubmit={submit} className="grid gap-4">
      <Field label="Your name" error={nameError}>
        {({ id, describedBy, invalid }) => (
          <Input
            id={id}
            name="name"
            autoComplete="name"
            required
            maxLength={limits.name}
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          />
        )}
      </Field>
      <Field label="Email (optional)" hint="Only used to link other sign-in methods later." error={emailError}>
        {({ id, describedBy, invalid }) => (
          <Input
            id={id}
            name="email"
            type="email"
            autoComplete="email"
            maxLength={limits.email}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          />
        )}
      </Field>
      {otherError && (
        <p role="alert" className="text-sm text-danger">
          {otherError}
        </p>
      )}
      <Button type="submit" variant="primary" size="lg" loading={signIn.isPending} disabled={!name.trim()}>
        Continue
        {!signIn.isPending && <ArrowRight aria-hidden className="size-4" />}
      </Button>
    </form>
  );
}
