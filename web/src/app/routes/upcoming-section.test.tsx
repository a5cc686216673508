import { cleanup, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { UpcomingSection } from './upcoming-section';

afterEach(cleanup);

function renderSection(sectionId: string) {
  const router = createMemoryRouter([{ path: '/', element: <UpcomingSection />, handle: { sectionId } }]);
  render(<RouterProvider router={router} />);
}

describe('UpcomingSection', () => {
  it('links the pages a section already has from its coming-soon page', () => {
    renderSection('reference');
    expect(screen.getByRole('heading', { level: 1, name: 'Reference' })).toBeTruthy();
    const ready = screen.getByRole('region', { name: 'Ready now' });
    expect(
      within(ready)
        .getByRole('link', { name: /Listening prompts/ })
        .getAttribute('href'),
    ).toBe('/reference/prompts');
  });

  it('shows only what is planned for a section with nothing ready', () => {
    renderSection('market');
    expect(screen.getByRole('heading', { level: 1, name: 'Market' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Ready now' })).toBeNull();
  });
});
