/**
 * Plain-language readings of an analysis's numbers (docs/RULES.md, "Analysis hints"). Each
 * function takes a measured value (null when the audio has none) and answers one sentence
 * fragment a person who is not a mastering engineer can act on.
 */

/** The level most streaming platforms normalise playback to (Spotify, YouTube, Tidal: −14 LUFS). */
export const STREAMING_LUFS = -14;
/** The broadcast level of EBU R128. */
export const BROADCAST_LUFS = -23;
/** The true-peak ceiling that leaves room for lossy encoding (AES TD1004, streaming guidance). */
export const TRUE_PEAK_CEILING_DBTP = -1;

/** `−9.2` with a true minus sign and one decimal; `+` shown when asked. */
export function formatDb(value: number, signed = false): string {
  const rounded = Math.round(value * 10) / 10;
  const text = Math.abs(rounded).toFixed(1);
  if (rounded < 0) return `−${text}`;
  return signed && rounded > 0 ? `+${text}` : text;
}

/** What integrated loudness means for playback on streaming platforms and broadcast. */
export function loudnessHint(lufs: number | null): string {
  if (lufs === null) return 'too quiet to measure: silence, or nearly';
  const away = Math.round(Math.abs(lufs - STREAMING_LUFS));
  if (lufs > STREAMING_LUFS + 1) {
    return `louder than most streaming platforms play back; it will be turned down by about ${away} dB`;
  }
  if (lufs >= STREAMING_LUFS - 1) {
    return 'about the level most streaming platforms play back; it will play at much its own level';
  }
  if (Math.abs(lufs - BROADCAST_LUFS) <= 1) {
    return 'about the broadcast level (EBU R128, −23 LUFS); beside streamed music it will sound quiet';
  }
  return `quieter than most streaming platforms play back; some turn it up by about ${away} dB when its peaks leave room, others play it as it is`;
}

/** Whether the peaks between samples leave room for MP3 or AAC encoding. */
export function truePeakHint(dbtp: number | null): string {
  if (dbtp === null) return 'no peaks to measure: the track is silent';
  if (dbtp > 0) return 'above 0 dBTP: it clips on playback already, and more once encoded to MP3 or AAC';
  if (dbtp > TRUE_PEAK_CEILING_DBTP) {
    return 'above −1 dBTP: it may clip once encoded to MP3 or AAC; leave at least 1 dB of headroom';
  }
  return 'at or below −1 dBTP: room enough for MP3 or AAC encoding';
}

/** What the peak-to-loudness ratio says about how hard the track is compressed. */
export function plrHint(db: number | null): string {
  if (db === null) return 'not measurable without loudness';
  if (db < 8) return 'heavily compressed: the peaks sit close to the average level, so hits have little punch';
  if (db < 12) return 'moderately compressed, like most modern pop and electronic masters';
  if (db < 16) return 'dynamic: the peaks stand well above the average level';
  return 'very dynamic, like acoustic, jazz or classical recordings';
}

/** What the loudness range says about how much the level moves between passages. */
export function loudnessRangeHint(lu: number | null): string {
  if (lu === null) return 'not measurable: too little audio above the gate';
  if (lu < 4) return 'very even: quiet and loud passages differ little';
  if (lu < 8) return 'moderate: the passages differ in level, as in most pop and dance music';
  if (lu < 15) return 'wide: clearly quieter and louder passages';
  return 'very wide, as in film or classical music; quiet parts may be lost in a noisy room';
}

/** How sure an estimate is, in words (confidence 0–1). */
export function confidenceWords(confidence: number | null): string {
  if (confidence === null) return 'unsure';
  if (confidence >= 0.7) return 'sure';
  if (confidence >= 0.4) return 'fairly sure';
  return 'unsure';
}

/** The tempo with how sure it is, and what to check when it is not. */
export function tempoHint(bpm: number | null, confidence: number | null): string {
  if (bpm === null) return 'no steady beat found';
  const words = confidenceWords(confidence);
  if (words === 'unsure') return 'unsure: check by ear, it may be half or double';
  return `${words} of the beat`;
}

/** The key with how sure it is and the runner-up. */
export function keyHint(
  key: string | null,
  confidence: number | null,
  runnerUp: { key: string; confidence: number } | null,
): string {
  if (key === null) return 'no clear key: too little tonal content';
  const words = confidenceWords(confidence);
  return runnerUp ? `${words}; otherwise ${runnerUp.key}` : words;
}
