import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ThemePicker } from './theme-picker';

afterEach(cleanup);

describe('ThemePicker', () => {
  it('names a purchased theme beside Light, Dark and System, and choosing System replaces it', () => {
    const onChange = vi.fn();
    render(<ThemePicker name="t" value="theme_ocean" onChange={onChange} />);
    expect(screen.getByTestId('purchased-theme').textContent).toBe('Ocean, from the Market');
    const radios = screen.getAllByRole<HTMLInputElement>('radio');
    expect(radios.map((r) => r.checked)).toEqual([false, false, false]);
    fireEvent.click(screen.getByRole('radio', { name: 'System' }));
    expect(onChange).toHaveBeenCalledWith('system');
  });

  it('shows System for the device default and says nothing more', () => {
    render(<ThemePicker name="t" value="system" onChange={() => {}} />);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'System' }).checked).toBe(true);
    expect(screen.queryByTestId('purchased-theme')).toBeNull();
  });
});
