import { highlightParts } from '../utils/highlight';

/** Text with the search's matches in <mark>; the text is rendered as text, never as markup. */
export function HighlightedText({ text, highlights }: { text: string; highlights: [number, number][] }) {
  return (
    <>
      {highlightParts(text, highlights).map((part, i) =>
        part.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts are fixed for a given text
          <mark key={i} className="rounded-sm bg-accent-soft px-0.5 text-fg">
            {part.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts are fixed for a given text
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
