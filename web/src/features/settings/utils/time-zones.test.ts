import { describe, expect, it } from 'vitest';
import { suggestedTimeZone, timeZoneLabel, timeZoneOptions } from './time-zones';

describe('timeZoneOptions', () => {
  it('always includes the saved zone and the browser zone, sorted and without duplicates', () => {
    const zones = timeZoneOptions('Etc/GMT+5', 'Europe/Paris', ['Europe/Paris', 'America/New_York']);
    expect(zones).toEqual(['America/New_York', 'Etc/GMT+5', 'Europe/Paris', 'UTC']);
  });
});

describe('suggestedTimeZone', () => {
  it("suggests the browser's zone only when it differs", () => {
    expect(suggestedTimeZone('UTC', 'Asia/Tokyo')).toBe('Asia/Tokyo');
    expect(suggestedTimeZone('Asia/Tokyo', 'Asia/Tokyo')).toBeNull();
    expect(suggestedTimeZone('UTC', undefined)).toBeNull();
  });
});

describe('timeZoneLabel', () => {
  it('shows the offset', () => {
    expect(timeZoneLabel('Asia/Kolkata', new Date('2027-01-15T00:00:00Z'))).toBe('Asia/Kolkata (UTC+05:30)');
    expect(timeZoneLabel('Europe/London', new Date('2027-01-15T00:00:00Z'))).toBe('Europe/London (UTC+00:00)');
    expect(timeZoneLabel('America/New_York', new Date('2027-07-01T00:00:00Z'))).toBe('America/New York (UTC-04:00)');
    expect(timeZoneLabel('UTC')).toBe('UTC');
  });
});
