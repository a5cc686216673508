import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { ICS_TAIL, type IcsEvent, icsEvent, icsHead, localDateTime, vtimezone } from './ics';

const base: IcsEvent = {
  uid: 'a@cadence',
  stamp: new Date('2026-01-01T00:00:00Z'),
  allDay: false,
  timeZone: 'Europe/Berlin',
  start: new Date('2026-03-16T08:00:00Z'),
  end: null,
  title: 'Planning',
  description: null,
  location: null,
  category: 'other',
  reminders: [],
};

const doc = (events: IcsEvent[]) =>
  icsHead(events.filter((e) => !e.allDay).map((e) => e.timeZone)) + events.map(icsEvent).join('') + ICS_TAIL;

const parse = (text: string) => new ICAL.Component(ICAL.parse(text));

describe('the iCalendar writer', () => {
  it('writes local times of a zone', () => {
    expect(localDateTime(new Date('2026-07-01T07:00:00Z'), 'Europe/Berlin')).toBe('20260701T090000');
    expect(localDateTime(new Date('1900-01-01T00:00:00Z'), 'UTC')).toBe('19000101T000000');
  });

  it('folds long lines at 75 octets without splitting a character, with CRLF everywhere', () => {
    const text = doc([{ ...base, title: 'é🎵'.repeat(60), description: `a;b,c\\d\n${'x'.repeat(300)}` }]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const vevent = parse(text).getFirstSubcomponent('vevent');
    expect(vevent?.getFirstPropertyValue('summary')).toBe('é🎵'.repeat(60));
    expect(vevent?.getFirstPropertyValue('description')).toBe(`a;b,c\\d\n${'x'.repeat(300)}`);
  });

  it('has one VTIMEZONE per zone, named as its events name it (an alias by its canonical zone)', () => {
    const text = doc([
      base,
      { ...base, uid: 'b@cadence', start: new Date('1900-06-01T08:00:00Z') },
      { ...base, uid: 'c@cadence', start: new Date('2199-06-01T08:00:00Z'), timeZone: 'US/Eastern' },
      { ...base, uid: 'd@cadence', timeZone: 'UTC' },
    ]);
    const calendar = parse(text);
    const zones = calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'));
    expect(zones).toEqual(['America/New_York', 'Europe/Berlin']);
    const tzids = calendar
      .getAllSubcomponents('vevent')
      .map((v) => v.getFirstProperty('dtstart')?.getParameter('tzid'));
    expect(tzids).toEqual(['Europe/Berlin', 'Europe/Berlin', 'America/New_York', undefined]);
    expect(text).toContain('DTSTART:20260316T080000Z\r\n');
    expect(text).toContain('DTSTART;TZID=America/New_York:21990601T040000\r\n');
  });

  it('writes an event in a zone the library does not know in UTC', () => {
    expect(vtimezone('Nowhere/Atlantis')).toBeNull();
    const text = doc([{ ...base, timeZone: 'Nowhere/Atlantis' }]);
    expect(text).not.toContain('VTIMEZONE');
    expect(text).toContain('DTSTART:20260316T080000Z\r\n');
  });

  it('writes an edited all-day occurrence with a date RECURRENCE-ID, and cancelled ones as date EXDATEs', () => {
    const day = { ...base, allDay: true, timeZone: 'Europe/Berlin' };
    const text = doc([
      {
        ...day,
        start: new Date('2026-07-09T22:00:00Z'),
        end: new Date('2026-07-10T22:00:00Z'),
        rule: 'FREQ=WEEKLY;COUNT=3',
        excluded: [new Date('2026-07-16T22:00:00Z')],
      },
      {
        ...day,
        recurrenceId: new Date('2026-07-23T22:00:00Z'),
        start: new Date('2026-07-24T22:00:00Z'),
        end: new Date('2026-07-25T22:00:00Z'),
        title: 'Moved',
      },
    ]);
    expect(text).not.toContain('VTIMEZONE');
    expect(text).toContain('DTSTART;VALUE=DATE:20260710\r\n');
    expect(text).toContain('EXDATE;VALUE=DATE:20260717\r\n');
    expect(text).toContain('RECURRENCE-ID;VALUE=DATE:20260724\r\n');
    const [master, moved] = parse(text).getAllSubcomponents('vevent');
    if (!master || !moved) throw new Error('two VEVENTs expected');
    const event = new ICAL.Event(master);
    event.relateException(new ICAL.Event(moved));
    const it = event.iterator();
    const days: string[] = [];
    for (let next = it.next(); next; next = it.next()) {
      const details = event.getOccurrenceDetails(next);
      days.push(`${details.startDate.toString()} ${details.item.summary}`);
    }
    expect(days).toEqual(['2026-07-10 Planning', '2026-07-25 Moved']);
  });
});
