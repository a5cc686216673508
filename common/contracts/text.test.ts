import { describe, expect, it } from 'vitest';
import { jsonObject, longText, text } from './text';

const ok = (schema: { safeParse(v: unknown): { success: boolean } }, v: unknown) => schema.safeParse(v).success;

describe('text()', () => {
  const title = text(10).min(1);

  it('takes letters, emoji and other astral characters, trimmed', () => {
    expect(title.parse('  Hé 🚀 𝄞  ')).toBe('Hé 🚀 𝄞');
  });

  it('refuses every control character: C0 (tab and newline too), DEL and C1', () => {
    for (const c of ['\u0000', '\u0001', '\t', '\n', '\r', '\u001f', '\u007f', '\u0080', '\u0085', '\u009f']) {
      expect(ok(title, `a${c}b`), JSON.stringify(c)).toBe(false);
    }
  });

  it('refuses lone surrogates, high or low, but not a pair', () => {
    for (const v of ['\ud800', 'a\udbff', '\udc00a', '\udfff\ud800'])
      expect(ok(title, v), JSON.stringify(v)).toBe(false);
    expect(ok(title, '\ud83d\ude80')).toBe(true);
  });

  it('trims before it counts and checks, unless told not to', () => {
    expect(ok(title, `${' '.repeat(20)}abc\n`)).toBe(true);
    expect(ok(text(10, { trim: false }), ' abc ')).toBe(true);
    expect(text(10, { trim: false }).parse(' abc ')).toBe(' abc ');
    expect(ok(text(10, { trim: false }), 'abc\n')).toBe(false);
  });
});

describe('longText()', () => {
  const body = longText(100, { trim: false });

  it('takes tab, line feed and carriage return', () => {
    expect(body.parse('\tindented\r\nnext\n')).toBe('\tindented\r\nnext\n');
  });

  it('refuses NUL, other control characters and lone surrogates', () => {
    for (const v of ['a\u0000', '\u000b', '\u000c', '\u001b[0m', '\u007f', '\u0085', '\ud800']) {
      expect(ok(body, v), JSON.stringify(v)).toBe(false);
    }
  });
});

describe('jsonObject', () => {
  it('names the first string, key or value, that breaks the rules', () => {
    const res = jsonObject.safeParse({ a: 'fine\n', b: { c: ['x', 'y\u0000'] } });
    expect(res.success).toBe(false);
    expect(res.error?.issues[0]?.path).toEqual(['b', 'c', 1]);
    expect(jsonObject.safeParse({ a: { 'k\u0000': 1 } }).error?.issues[0]?.path).toEqual(['a', 'k\u0000']);
    expect(ok(jsonObject, { a: 'multi\nline', n: 1, list: [true, null] })).toBe(true);
  });
});
