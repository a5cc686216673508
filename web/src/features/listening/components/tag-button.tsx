/** A tag that filters the library by itself when pressed. */
export function TagButton({ tag, onClick }: { tag: string; onClick: () => void }) {
  return (
    <button
      type="button"
      onClick={onClick}
      aria-label={`Show prompts tagged ${tag}`}
      className="rounded-full bg-subtle px-2 py-0.5 text-xs font-medium text-muted transition hover:bg-accent-soft hover:text-accent-text focus-visible:outline-2 focus-visible:outline-accent"
    >
      #{tag}
    </button>
  );
}
