import { useEffect, useId, useRef, useState } from 'react';
import { cn } from '@/lib/cn';
import { formatTime } from '../utils/time';

/** The theme's colours, read from the CSS variables (styles.css) so the drawings follow light/dark and the accent. */
export interface Palette {
  fg: string;
  muted: string;
  line: string;
  accent: string;
  surface: string;
  subtle: string;
}

const VARIABLES: Record<keyof Palette, [string, string]> = {
  fg: ['--c-fg', '#18181b'],
  muted: ['--c-muted', '#5b5b66'],
  line: ['--c-line-strong', '#cfcfd6'],
  accent: ['--c-accent', '#6d28d9'],
  surface: ['--c-surface', '#ffffff'],
  subtle: ['--c-subtle', '#f1f1f4'],
};

/** The palette in effect for `el`. */
export function readPalette(el: Element): Palette {
  const style = getComputedStyle(el);
  const entries = Object.entries(VARIABLES).map(([key, [name, fallback]]) => [
    key,
    style.getPropertyValue(name).trim() || fallback,
  ]);
  return Object.fromEntries(entries) as unknown as Palette;
}

/** Draws on a canvas `width` × `height` CSS pixels (the context is already scaled for the screen's density). */
export type Draw = (ctx: CanvasRenderingContext2D, width: number, height: number, palette: Palette) => void;

/** Counts theme changes (the root's class, accent or colour scheme) so drawings repaint. */
function useThemeVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    const observer = new MutationObserver(bump);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['class', 'data-accent', 'style'],
    });
    const scheme = window.matchMedia?.('(prefers-color-scheme: dark)');
    scheme?.addEventListener('change', bump);
    return () => {
      observer.disconnect();
      scheme?.removeEventListener('change', bump);
    };
  }, []);
  return version;
}

interface TimelineCanvasProps {
  /** Names the drawing ("Waveform"). */
  name: string;
  /** The drawing in words, for screen readers. */
  description: string;
  height: number;
  draw: Draw;
  lengthMs: number;
  /** Where playback is, drawn as a line over the canvas (no repaint). */
  positionMs?: number;
  /** Called with the time clicked or chosen with the keyboard. */
  onSeek?: (ms: number) => void;
  className?: string;
}

/**
 * A canvas drawing along the track, sized to its container at the screen's pixel density, with
 * its name and text alternative, the playhead, and seeking by click or keyboard: a transparent
 * range input lies over the drawing, so a click lands on the time under the pointer and the
 * arrow keys step through the track.
 */
export function TimelineCanvas({
  name,
  description,
  height,
  draw,
  lengthMs,
  positionMs,
  onSeek,
  className,
}: TimelineCanvasProps) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const descriptionId = useId();
  const [width, setWidth] = useState(0);
  const theme = useThemeVersion();

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    setWidth(el.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.round(entry?.contentRect.width ?? 0)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `theme` repaints with the new colours
  useEffect(() => {
    const el = canvas.current;
    if (!el || width <= 0) return;
    const density = window.devicePixelRatio || 1;
    el.width = Math.round(width * density);
    el.height = Math.round(height * density);
    const ctx = el.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(density, 0, 0, density, 0, 0);
    ctx.clearRect(0, 0, width, height);
    draw(ctx, width, height, readPalette(el));
  }, [draw, width, height, theme]);

  const at = (ms: number) => `${Math.min(100, Math.max(0, (ms / Math.max(1, lengthMs)) * 100))}%`;
  return (
    <div
      ref={box}
      className={cn(
        'relative w-full overflow-hidden rounded-md border border-line bg-subtle',
        'has-[input:focus-visible]:outline-2 has-[input:focus-visible]:outline-accent',
        className,
      )}
      style={{ height }}
    >
      <canvas
        ref={canvas}
        role="img"
        aria-label={name}
        aria-describedby={descriptionId}
        className="block"
        style={{ width: '100%', height }}
      />
      <p id={descriptionId} className="sr-only">
        {description}
      </p>
      {positionMs !== undefined && lengthMs > 0 && (
        <div
          aria-hidden
          className="pointer-events-none absolute inset-y-0 w-0.5 bg-fg"
          style={{ left: at(positionMs) }}
        />
      )}
      {onSeek && lengthMs > 0 && (
        <input
          type="range"
          min={0}
          max={lengthMs}
          step={100}
          value={Math.min(lengthMs, Math.max(0, positionMs ?? 0))}
          aria-label={`Seek in the ${name.toLowerCase()}`}
          aria-valuetext={`${formatTime(positionMs ?? 0)} of ${formatTime(lengthMs)}`}
          onChange={(e) => onSeek(Number(e.target.value))}
          className={cn(
            'absolute inset-0 h-full w-full cursor-pointer appearance-none bg-transparent opacity-0',
            '[&::-webkit-slider-thumb]:w-px [&::-webkit-slider-thumb]:appearance-none [&::-moz-range-thumb]:w-px',
          )}
        />
      )}
    </div>
  );
}
