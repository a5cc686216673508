function knownZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

/**
 * The zones to offer, sorted, with the saved zone and the browser's zone always present (a
 * runtime's list can omit aliases such as `UTC`).
 */
export function timeZoneOptions(
  current: string,
  browser: string | undefined,
  known: string[] = knownZones(),
): string[] {
  const all = new Set(known);
  all.add(current);
  if (browser) all.add(browser);
  all.add('UTC');
  return [...all].filter(Boolean).sort((a, b) => a.localeCompare(b));
}

/** The browser's zone when it differs from the saved one (offered as a one-click fix). */
export function suggestedTimeZone(current: string, browser: string | undefined): string | null {
  return browser && browser !== current ? browser : null;
}

/** "Europe/Paris (UTC+01:00)"; plain "UTC" for UTC itself. */
export function timeZoneLabel(zone: string, at = new Date()): string {
  if (zone === 'UTC') return 'UTC';
  try {
    const offset = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
    const pretty = zone.replaceAll('_', ' ');
    if (!offset) return pretty;
    // ICU writes a zero offset as a bare "GMT".
    return `${pretty} (${offset === 'GMT' ? 'UTC+00:00' : offset.replace('GMT', 'UTC')})`;
  } catch {
    return zone;
  }
}
