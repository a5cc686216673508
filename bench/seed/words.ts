import type { Rng } from './prng';

/** Vocabulary for titles and note bodies: a music producer's notes, so search finds real words. */
const TOPICS = [
  'mixing',
  'mastering',
  'compression',
  'sidechain',
  'reverb',
  'delay',
  'oscillator',
  'wavetable',
  'synthesis',
  'arrangement',
  'chord progression',
  'melody',
  'drum groove',
  'bassline',
  'vocal chain',
  'loudness',
  'stereo width',
  'saturation',
  'equalizer',
  'transients',
  'sound design',
  'sampling',
  'automation',
  'low end',
  'headroom',
  'modulation',
  'filter envelope',
  'harmony',
  'counterpoint',
  'tempo',
  'swing',
  'ear training',
  'interval practice',
  'reference track',
  'field recording',
  'granular texture',
  'tape echo',
  'parallel compression',
  'mid side',
  'limiter',
];

const VERBS = [
  'Try',
  'Study',
  'Rework',
  'Sketch',
  'Compare',
  'Finish',
  'Learn',
  'Practise',
  'Record',
  'Tweak',
  'Rethink',
  'Test',
];

const FILLER = [
  'keep the kick and the bass apart',
  'listen on small speakers before deciding',
  'take a break every fifty minutes',
  'the chorus needs more contrast than the verse',
  'bounce stems before the session ends',
  'write the idea down before it fades',
  'check the mix in mono',
  'automate the send instead of the dry level',
  'less is more on the master bus',
  'slow attack keeps the punch',
  'a short pre-delay keeps vocals upfront',
  'try the progression in a minor key',
  'cut before you boost',
  'the reference is two decibels louder',
  'leave headroom for mastering',
  'the groove sits behind the beat',
];

export const CATEGORIES = ['production', 'theory', 'mixing', 'workflow', 'gear', 'inspiration', 'practice'];
export const TAGS = [
  'synth',
  'drums',
  'vocals',
  'mix',
  'master',
  'theory',
  'ear',
  'workflow',
  'gear',
  'idea',
  'todo',
  'reference',
  'live',
  'ambient',
  'techno',
  'jazz',
];

export const topic = (rng: Rng) => rng.pick(TOPICS);

/** A short title like "Rework the sidechain". */
export function title(rng: Rng): string {
  return `${rng.pick(VERBS)} the ${rng.pick(TOPICS)}`;
}

export function sentence(rng: Rng): string {
  const t = rng.pick(TOPICS);
  const f = rng.pick(FILLER);
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}: ${f}.`;
}

/** A markdown body of a few paragraphs and a list. */
export function body(rng: Rng, paragraphs = rng.int(1, 4)): string {
  const parts: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const n = rng.int(2, 5);
    const lines: string[] = [];
    for (let i = 0; i < n; i++) lines.push(sentence(rng));
    parts.push(lines.join(' '));
  }
  if (rng.chance(0.4)) parts.push(['- ', '- ', '- '].map((b) => `${b}${rng.pick(FILLER)}`).join('\n'));
  return parts.join('\n\n');
}

export function tags(rng: Rng, max = 3): string[] {
  return rng.sample(TAGS, rng.int(0, max));
}
