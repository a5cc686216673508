import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, localDateTime, serialize } from './ics';

describe('foldLine', () => {
  it('leaves a short line alone and folds a long one at 75 octets with a leading space', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
    const folded = foldLine(`DESCRIPTION:${'x'.repeat(200)}`).split('\r\n');
    expect(folded.map((l) => l.length)).toEqual([75, 75, 64]);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
  });

  it('never splits a multi-byte character', () => {
    const line = `SUMMARY:${'é🎵'.repeat(40)}`;
    const parts = foldLine(line).split('\r\n');
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });
});

describe('escapeText', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});

describe('serialize', () => {
  it('nests components and ends every line with CRLF', () => {
    const text = serialize({
      name: 'VCALENDAR',
      lines: ['VERSION:2.0'],
      children: [{ name: 'VEVENT', lines: ['UID:1'] }],
    });
    expect(text).toBe('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n');
  });

  it('writes local times of a zone', () => {
    expect(localDateTime(new Date('2026-07-01T07:00:00Z'), 'Europe/Berlin')).toBe('20260701T090000');
  });
});
