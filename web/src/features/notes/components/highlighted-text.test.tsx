import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HighlightedText } from './highlighted-text';

afterEach(cleanup);

describe('HighlightedText', () => {
  it('marks the ranges and shows markup in the text as text', () => {
    const { container } = render(
      <p>
        <HighlightedText text="<b>gain</b> staging" highlights={[[12, 19]]} />
      </p>,
    );
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('mark')?.textContent).toBe('staging');
    expect(container.textContent).toBe('<b>gain</b> staging');
  });
});
