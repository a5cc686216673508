import { describe, expect, it } from 'vitest';
import { sections, visibleSections } from './sections';

describe('visibleSections', () => {
  it('hides Admin from users without any admin permission', () => {
    const ids = visibleSections(['market:create_items']).map((s) => s.id);
    expect(ids).not.toContain('admin');
    expect(ids).toContain('settings');
  });

  it('shows Admin to an administrator and to a moderator', () => {
    expect(visibleSections(['system:admin']).map((s) => s.id)).toContain('admin');
    expect(visibleSections(['content:moderate']).map((s) => s.id)).toContain('admin');
  });

  it('gives every section a unique path and says what is coming to unbuilt ones', () => {
    expect(new Set(sections.map((s) => s.path)).size).toBe(sections.length);
    for (const s of sections.filter((x) => x.id !== 'settings' && x.id !== 'admin'))
      expect(s.planned.length).toBeGreaterThan(0);
  });

  it('keeps the pages a section has ready under its own path, so its navigation entry stays current there', () => {
    const ready = sections.flatMap((s) => (s.ready ?? []).map((page) => [s.path, page.path] as const));
    expect(ready).toContainEqual(['/reference', '/reference/prompts']);
    for (const [section, page] of ready) expect(page.startsWith(`${section}/`)).toBe(true);
  });
});
