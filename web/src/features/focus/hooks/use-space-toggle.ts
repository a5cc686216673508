import { useEffect, useRef } from 'react';

const typing = (el: Element | null) =>
  el instanceof HTMLElement &&
  (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'A', 'SUMMARY'].includes(el.tagName));

/** Space pauses or resumes, unless the keyboard is on a control that uses Space itself. */
export function useSpaceToggle(action: (() => void) | null): void {
  const ref = useRef(action);
  ref.current = action;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== ' ' || e.repeat || e.metaKey || e.ctrlKey || e.altKey || !ref.current) return;
      if (typing(document.activeElement) || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      ref.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
