/** The terms of use, in plain words. The version shown comes from the server. */
const sections: Array<[string, string]> = [
  [
    'What Cadence is',
    'Cadence helps you plan your day, focus, build habits and reach goals. Points, levels, coins and rewards are a game: they have no money value and cannot be exchanged.',
  ],
  [
    'Who runs it',
    'This copy of Cadence is run by whoever set up this server. They can see the data stored on it and are responsible for keeping it safe and backed up.',
  ],
  [
    'Your data',
    'What you enter stays on this server. It is not sold or shared. You can download all of it from Settings at any time, and deleting your account removes it.',
  ],
  [
    'Age',
    'You must be 13 or older to use Cadence. If you are under the age of digital consent where you live, ask a parent or guardian first.',
  ],
  [
    'Fair use',
    'Do not use Cadence to break the law, to harm others, or to overload or attack the server. Accounts that do may be suspended by the administrator.',
  ],
  [
    'Health',
    'Exercise and focus features are suggestions, not medical advice. Listen to your body and rest when you need to.',
  ],
  [
    'No warranty',
    'Cadence is provided as it is, without any guarantee. It may change, and features may be added or removed.',
  ],
  [
    'Changes to these terms',
    'When the terms change, you will be asked to read and accept the new version before continuing.',
  ],
];

export function TermsText({ version }: { version: string }) {
  return (
    <div className="space-y-4 text-sm leading-relaxed text-fg">
      <p className="text-xs text-muted">Version {version}</p>
      {sections.map(([title, body], i) => (
        <section key={title}>
          <h3 className="font-medium">
            {i + 1}. {title}
          </h3>
          <p className="mt-1 text-muted">{body}</p>
        </section>
      ))}
    </div>
  );
}
