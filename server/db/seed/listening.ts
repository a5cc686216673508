import { type ListeningPresetConfig, listeningPresetConfig } from '#common/catalogue';
import type { listeningCategories, listeningDifficulties } from '#common/enums';
import type { DbOrTx } from '../client';
import { listening_prompt_presets, listening_prompt_templates } from '../schema';
import { upsertByKey } from './upsert';

type Category = (typeof listeningCategories)[number];
type Difficulty = (typeof listeningDifficulties)[number];

interface PresetSeed {
  key: string;
  name: string;
  description: string;
  setup: ListeningPresetConfig;
}

interface TemplateSeed {
  key: string;
  title: string;
  description: string;
  category: Category;
  difficulty: Difficulty;
  prompt: string;
  hints: string[];
  expected_observations: string[];
  tags: string[];
  presets: PresetSeed[];
}

const band = (key: string, low_hz: number, high_hz: number, name: string, description: string): PresetSeed => ({
  key,
  name,
  description,
  setup: { preset_type: 'focus_band', config: { low_hz, high_hz } },
});
const loop = (key: string, bars: number, name: string, description: string): PresetSeed => ({
  key,
  name,
  description,
  setup: { preset_type: 'loop', config: { bars } },
});
const compare = (
  key: string,
  mode: 'track_ab' | 'mono_fold' | 'mid_side',
  gain_match: boolean,
  name: string,
  description: string,
): PresetSeed => ({ key, name, description, setup: { preset_type: 'comparison', config: { mode, gain_match } } });

/**
 * Written for Cadence. Keys are stable identifiers (they travel in addresses); never rename one.
 * Templates are listed in this order within each category; categories follow `listeningCategories`.
 */
export const listeningTemplateSeeds: TemplateSeed[] = [
  // ── General ────────────────────────────────────────────────────────────────────
  {
    key: 'first_impressions',
    title: 'First impressions',
    description: 'Listen once without stopping and write down what stands out before you analyse anything.',
    category: 'general',
    difficulty: 'beginner',
    prompt:
      'Play the track from the start without pausing or looking at the waveform. Afterwards, write three words for its mood, name the element you noticed first, and the moment your attention drifted, if it did.',
    hints: [
      'Write your notes straight after the first listen, before a second one changes your mind.',
      'Name what you heard, not what you know about the artist or the genre.',
      'If nothing drifted, note the moment that held you the most instead.',
    ],
    expected_observations: [
      'One element (often the vocal, the lead or the drums) carries the track and draws the ear first.',
      'The mood words point to choices you can study later: tempo, key, sound palette, space.',
      'Attention tends to drift where little changes for a long time, and comes back at a new section or sound.',
    ],
    tags: ['overview', 'mood', 'attention'],
    presets: [],
  },
  {
    key: 'element_inventory',
    title: 'Element inventory',
    description: 'List every sound you can hear in one section, from the loudest to the quietest.',
    category: 'general',
    difficulty: 'beginner',
    prompt:
      'Loop one section (a chorus or a drop works well) and list every separate sound you can hear. Sort the list from the most to the least prominent, and mark the ones you only found on the third or fourth pass.',
    hints: [
      'Listen once for the rhythm section, once for harmony, once for melody, once for effects and ear candy.',
      'Quiet percussion, pads and reverb returns are easy to miss: listen for them deliberately.',
      'Two sounds that always play together may be one layered sound; note them as a pair.',
    ],
    expected_observations: [
      'Most finished sections hold more layers than a first listen suggests.',
      'The most prominent elements are few; the rest support them at a lower level.',
      'Some parts are felt more than heard: remove them in your head and the section feels emptier.',
    ],
    tags: ['overview', 'layers', 'arrangement'],
    presets: [loop('element_inventory_loop', 8, 'Loop 8 bars', 'Loops eight bars of the section you chose.')],
  },
  {
    key: 'reference_against_mix',
    title: 'Your mix against a reference',
    description: 'Compare your own mix with a reference at the same loudness and list the three biggest differences.',
    category: 'general',
    difficulty: 'intermediate',
    prompt:
      'Pick a reference in the same style as your mix and switch between the two, loudness-matched, over the same kind of section. Write down the three biggest differences you hear, in order, and for each one where in the spectrum or the stereo field it lives.',
    hints: [
      'Match loudness first: the louder side almost always sounds better, whatever the mix.',
      'Compare like with like: a chorus with a chorus, not an intro with a drop.',
      'Switch often and quickly; long stretches on one side let the ear adapt.',
    ],
    expected_observations: [
      'The biggest differences are usually in low-end weight, vocal or lead level, and overall brightness.',
      'Once loudness is matched, some differences you expected disappear.',
      'A difference is a question for your mix, not always a fault: the reference is a guide, not a target.',
    ],
    tags: ['reference', 'comparison', 'tonal-balance'],
    presets: [
      compare(
        'reference_against_mix_ab',
        'track_ab',
        true,
        'A/B, loudness-matched',
        'Switches between your track and the reference at the same integrated loudness.',
      ),
    ],
  },

  // ── Frequency ──────────────────────────────────────────────────────────────────
  {
    key: 'kick_and_bass',
    title: 'Kick and bass: who owns the bottom?',
    description: 'Find how the kick and the bass share the lowest octaves without masking each other.',
    category: 'frequency',
    difficulty: 'beginner',
    prompt:
      'Listen through the low band and follow the kick and the bass together. Decide which of the two owns the deepest weight, and how the other one stays audible: by pitch, by timing, or by ducking when they meet.',
    hints: [
      'Tap along with the kick, then hum the bass line: do they land together or alternate?',
      'Listen for the bass dipping in level on each kick; that is often sidechain compression.',
      'A kick with a short, punchy body leaves room for a long, deep bass, and the other way round.',
    ],
    expected_observations: [
      'One of the two usually sits lower: a deep sub bass under a tighter kick, or a boomy kick over a higher bass.',
      'Where they overlap, the mix separates them in time (ducking, short notes) or in pitch.',
      'The low end stays steady in level from bar to bar rather than swelling where both play.',
    ],
    tags: ['low-end', 'kick', 'bass', 'masking', 'sidechain'],
    presets: [
      band('kick_and_bass_band', 30, 150, 'Low end 30–150 Hz', 'Band-passes the track to the lowest octaves.'),
      loop('kick_and_bass_loop', 4, 'Loop 4 bars', 'Loops four bars, enough for a bass phrase.'),
    ],
  },
  {
    key: 'low_mid_mud',
    title: 'Clarity in the low mids',
    description: 'Hear how the low mids stay full without turning muddy.',
    category: 'frequency',
    difficulty: 'intermediate',
    prompt:
      'Focus on the band from 200 to 500 Hz, where guitars, pianos, pads, vocals and the upper harmonics of the bass all meet. Note which instruments you can still tell apart there, and which blur into one warm mass.',
    hints: [
      'Compare a busy section with a sparse one: mud builds up as layers are added.',
      'Listen for a boxy or cardboard-like tone; it often lives in this region.',
      'Switch the band off and on: does the full mix sound warm, or thick and unclear?',
    ],
    expected_observations: [
      'In a clear mix only a few elements are full-bodied here; the others are thinned out.',
      'Pads and reverbs often carry less low-mid energy than the instruments they support.',
      'Too little in this band sounds thin and cold; too much sounds muffled and crowded.',
    ],
    tags: ['low-mids', 'mud', 'eq', 'masking'],
    presets: [band('low_mid_mud_band', 200, 500, 'Low mids 200–500 Hz', 'Band-passes the track to the low mids.')],
  },
  {
    key: 'harshness_hunt',
    title: 'Presence without harshness',
    description: 'Find what gives the track its presence, and where it tips into harshness.',
    category: 'frequency',
    difficulty: 'intermediate',
    prompt:
      'Listen through the upper mids, roughly 2 to 5 kHz, where the ear is most sensitive. Which elements bring their edge and intelligibility from here? Note any moment that makes you want to turn the track down.',
    hints: [
      'Vocal consonants, guitar pick attack, snare crack and synth leads all reach into this band.',
      'Harshness is often tied to a section or a note rather than present all the time.',
      'Listen at a moderate, steady level: the louder the playback, the more this band stands out.',
    ],
    expected_observations: [
      'The lead element (often the vocal) owns most of this band; others step back here.',
      'Harsh moments usually come from several bright parts peaking at once, or from heavy distortion.',
      'A track can be bright and still comfortable when the upper mids are controlled.',
    ],
    tags: ['upper-mids', 'harshness', 'presence', 'eq'],
    presets: [
      band('harshness_hunt_band', 2000, 5000, 'Upper mids 2–5 kHz', 'Band-passes the track to the upper mids.'),
    ],
  },
  {
    key: 'air_band',
    title: 'Air and sparkle',
    description: 'Hear what lives at the very top of the spectrum, and how much of it there is.',
    category: 'frequency',
    difficulty: 'advanced',
    prompt:
      'Listen to the band above 10 kHz on its own. List what is still there (cymbal shimmer, breath, reverb tails, noise, synth harmonics) and judge whether the top end sounds smooth, grainy, or missing.',
    hints: [
      'The band sounds quiet on its own: raise the level a little, then compare with the full mix.',
      'Listen for hiss or noise that is masked in the full mix but audible here.',
      'Many older recordings carry less top end, and lo-fi styles often roll it off on purpose.',
    ],
    expected_observations: [
      'Hi-hats, cymbals and vocal breaths make up most of the content above 10 kHz.',
      'A smooth top end has no single piercing frequency; a grainy one sounds splashy or brittle.',
      'Removing this band makes the mix duller and less open, even though it holds little energy.',
    ],
    tags: ['air', 'top-end', 'tonal-balance', 'eq'],
    presets: [band('air_band_band', 10000, 20000, 'Air 10–20 kHz', 'Band-passes the track to the top octave.')],
  },

  // ── Dynamics ───────────────────────────────────────────────────────────────────
  {
    key: 'transient_punch',
    title: 'Transients and punch',
    description: 'Listen to the attack of the drums and decide how sharp and how loud it is against the body.',
    category: 'dynamics',
    difficulty: 'beginner',
    prompt:
      'Loop a drum-heavy passage and focus on the first instant of each kick and snare hit. Is the attack a sharp click that cuts through, or a soft thump that blends in? Note whether the hits feel punchy or flat.',
    hints: [
      'Compare the attack with the sustain: which is louder, the click or the body?',
      'Slow compressor attack times let transients through; fast ones soften them.',
      'Listen at a low volume too: punchy drums stay clear even when quiet.',
    ],
    expected_observations: [
      'Punchy drums have a clear, short attack followed by a quick drop to the body.',
      'Heavily limited masters keep the level high but round off the sharpest attacks.',
      'The drum transients set the groove: softer attacks make the track feel more relaxed.',
    ],
    tags: ['transients', 'drums', 'punch', 'compression'],
    presets: [loop('transient_punch_loop', 2, 'Loop 2 bars', 'Loops two bars of drums.')],
  },
  {
    key: 'compression_pumping',
    title: 'Hearing compression move',
    description: 'Find where the level of the mix or of an element breathes with the beat.',
    category: 'dynamics',
    difficulty: 'intermediate',
    prompt:
      'Listen to a sustained sound (a pad, a held chord, a reverb tail) while the drums play. Does its level dip on each kick and swell back between hits? Note whether this pumping is a clear effect of the style or a subtle glue you can barely hear.',
    hints: [
      'Sustained sounds show gain changes far better than short ones.',
      'Count how long the swell back takes: that is roughly the compressor release.',
      'Dance styles often make pumping obvious; acoustic styles usually hide it.',
    ],
    expected_observations: [
      'Sidechain pumping follows the kick rhythm and is strongest on pads, bass and reverbs.',
      'Bus compression on the whole mix moves everything a little at once, and holds parts together.',
      'Pumping that does not follow the groove usually sounds like a mistake rather than a choice.',
    ],
    tags: ['compression', 'sidechain', 'pumping', 'groove'],
    presets: [loop('compression_pumping_loop', 4, 'Loop 4 bars', 'Loops four bars with a sustained sound.')],
  },
  {
    key: 'macro_dynamics',
    title: 'Loud and quiet across the song',
    description: 'Map how the loudness of the track changes from section to section.',
    category: 'dynamics',
    difficulty: 'intermediate',
    prompt:
      'Listen through the whole track and mark the loudest and the quietest section. Then compare the loudness curve with what you heard: does the chorus or drop actually get louder, or does it only feel bigger through arrangement and brightness?',
    hints: [
      'Look at the short-term loudness curve after listening, not before.',
      'Many modern masters keep the loudness almost flat and create contrast through density instead.',
      'Note the length of the quiet sections: contrast needs time to work.',
    ],
    expected_observations: [
      'Tracks with strong contrast let verses or breakdowns sit several decibels below the peak sections.',
      'A section can feel bigger without measuring louder: wider, brighter and busier parts do that.',
      'Sections that never breathe make the loudest moments feel smaller.',
    ],
    tags: ['loudness', 'dynamics', 'sections', 'contrast'],
    presets: [],
  },

  // ── Stereo ─────────────────────────────────────────────────────────────────────
  {
    key: 'stereo_map',
    title: 'Draw the stereo map',
    description: 'Place each element of a section from left to right and from front to back.',
    category: 'stereo',
    difficulty: 'beginner',
    prompt:
      'On headphones or a centred speaker position, loop a section and draw a simple map: where does each element sit from left to right, and does it feel close or far away? Mark the elements that sit dead centre.',
    hints: [
      'Kick, snare, bass and lead vocal sit in the centre in most mixes.',
      'Closer sounds are usually drier, brighter and louder; distant ones darker and more reverberant.',
      'Listen for pairs balancing each other: a shaker left answered by a tambourine right.',
    ],
    expected_observations: [
      'The centre holds the elements that carry the track; supporting parts spread out to the sides.',
      'A balanced mix has roughly equal weight on both sides over time.',
      'Depth comes from reverb, level and brightness, not from panning.',
    ],
    tags: ['stereo-width', 'panning', 'depth'],
    presets: [loop('stereo_map_loop', 8, 'Loop 8 bars', 'Loops eight bars of the section you map.')],
  },
  {
    key: 'mono_check',
    title: 'What disappears in mono',
    description: 'Fold the mix to mono and note what gets quieter, thinner or vanishes.',
    category: 'stereo',
    difficulty: 'intermediate',
    prompt:
      'Switch between the stereo mix and its mono sum, loudness-matched. List the elements that lose level, change tone or vanish in mono, and judge whether the core of the track (drums, bass, lead) survives intact.',
    hints: [
      'Wide synths, stereo chorus and doubled guitars are the usual suspects.',
      'A comb-filtered, hollow tone in mono points to the same sound arriving at slightly different times left and right.',
      'Phones, laptop speakers and many club systems play in mono, or close to it.',
    ],
    expected_observations: [
      'A mono-safe mix keeps its drums, bass and lead nearly unchanged when folded.',
      'Wide elements get quieter in mono; they should fade, not disappear entirely.',
      'The low end of most mixes is close to mono already, which keeps it solid on every system.',
    ],
    tags: ['mono', 'stereo-width', 'phase', 'translation'],
    presets: [
      compare(
        'mono_check_compare',
        'mono_fold',
        true,
        'Stereo against mono',
        'Switches between the stereo mix and its mono sum at the same loudness.',
      ),
    ],
  },
  {
    key: 'side_channel',
    title: 'Listening to the sides',
    description: 'Solo the side signal to hear what makes the track wide.',
    category: 'stereo',
    difficulty: 'advanced',
    prompt:
      'Switch between the mid and the side signal. On the side signal, list what remains: reverbs, stereo effects, wide pads, doubled parts. Then judge how much of the track’s width comes from the arrangement and how much from effects.',
    hints: [
      'Anything panned dead centre vanishes from the side signal.',
      'Reverb tails often make up most of what you hear on the sides.',
      'Listen for low frequencies on the sides: many mixes keep the bass out of them.',
    ],
    expected_observations: [
      'The side signal is quieter and thinner than the mid; it mostly holds space and texture.',
      'Width from different parts played left and right sounds more natural than width from effects alone.',
      'Little or no deep bass is left on the sides of most mixes.',
    ],
    tags: ['mid-side', 'stereo-width', 'reverb'],
    presets: [
      compare(
        'side_channel_compare',
        'mid_side',
        true,
        'Mid against side',
        'Switches between the mid and the side signal at the same loudness.',
      ),
      band('side_channel_band', 20, 200, 'Low end 20–200 Hz', 'Checks what of the low end reaches the sides.'),
    ],
  },

  // ── Arrangement ────────────────────────────────────────────────────────────────
  {
    key: 'section_map',
    title: 'Map the sections',
    description: 'Mark every section of the track and what changes at each boundary.',
    category: 'arrangement',
    difficulty: 'beginner',
    prompt:
      'Listen through the whole track and mark each section as it starts (intro, verse, chorus, drop, breakdown, bridge, outro). For each boundary, write what changes: an element in or out, a new rhythm, a key or chord change, a filter opening.',
    hints: [
      'Count bars: sections in popular and dance music are usually 8 or 16 bars long, sometimes 4.',
      'Transitions are often announced one or two bars ahead by a fill, a riser or a drop-out.',
      'Compare your marks with the detected sections afterwards, not before.',
    ],
    expected_observations: [
      'Each new section changes at least one thing; the biggest changes land on the main sections.',
      'Repeated sections often come back with a small variation rather than as an exact copy.',
      'The intro and outro are frequently built from elements of the main sections.',
    ],
    tags: ['structure', 'sections', 'transitions'],
    presets: [],
  },
  {
    key: 'energy_curve',
    title: 'The energy curve',
    description: 'Draw how the energy rises and falls through the track, and what drives each change.',
    category: 'arrangement',
    difficulty: 'intermediate',
    prompt:
      'Draw a line for the track’s energy from start to end, on a scale from 1 to 10. At each rise or fall, note what causes it: density of parts, rhythm, register, brightness, loudness or the vocal.',
    hints: [
      'Energy is not just loudness: a higher register or a busier hi-hat raises it too.',
      'Look for the moment of highest energy: how is it set up in the bars before?',
      'Drops and breakdowns trade energy for tension; note where the tension releases.',
    ],
    expected_observations: [
      'Most tracks build in steps, with a dip before the biggest moments to make them land harder.',
      'Several small changes at once (a new part, a brighter filter, a busier rhythm) make a rise.',
      'The last main section often carries the most energy, or an extra layer the earlier ones lacked.',
    ],
    tags: ['energy', 'structure', 'tension'],
    presets: [],
  },
  {
    key: 'call_and_response',
    title: 'Call and response',
    description: 'Follow how melodic parts take turns and leave space for each other.',
    category: 'arrangement',
    difficulty: 'intermediate',
    prompt:
      'Loop a section with a vocal or a lead and listen for what happens in its gaps. Which parts answer the lead when it pauses, and which ones step back while it plays?',
    hints: [
      'Listen at the end of each vocal phrase: fills and counter-melodies often sit there.',
      'Delay throws and short ear-candy sounds can act as answers too.',
      'Note any part that plays over the lead the whole time: does it compete with it?',
    ],
    expected_observations: [
      'Answers land in the lead’s pauses, so two melodic ideas rarely speak at once.',
      'Supporting parts are simpler or quieter while the lead is busy.',
      'The conversation between parts keeps repeated sections interesting.',
    ],
    tags: ['melody', 'counter-melody', 'vocals', 'space'],
    presets: [loop('call_and_response_loop', 8, 'Loop 8 bars', 'Loops eight bars of the lead and its answers.')],
  },

  // ── Sound design ───────────────────────────────────────────────────────────────
  {
    key: 'envelope_shape',
    title: 'The shape of a sound',
    description: 'Describe the envelope of one sound: attack, decay, sustain and release.',
    category: 'sound_design',
    difficulty: 'beginner',
    prompt:
      'Pick one sound (a pluck, a pad, a bass note) and describe how its level moves over time: how fast it starts, how fast it falls, whether it holds, and how long it rings after the note ends.',
    hints: [
      'Loop a short passage where the sound plays alone or is easy to follow.',
      'A pluck has a fast attack and no sustain; a pad often has a slow attack and a long release.',
      'Listen for the tone changing along with the level: many sounds get darker as they decay.',
    ],
    expected_observations: [
      'The envelope tells you much of how to rebuild the sound on a synthesiser.',
      'Short envelopes keep a part rhythmic; long ones blur notes into a texture.',
      'Tone and level often move together, which points to a filter following the envelope.',
    ],
    tags: ['envelope', 'synthesis', 'texture'],
    presets: [loop('envelope_shape_loop', 1, 'Loop 1 bar', 'Loops one bar around the sound you study.')],
  },
  {
    key: 'layered_sound',
    title: 'Taking a layered sound apart',
    description: 'Hear the separate layers inside one big sound.',
    category: 'sound_design',
    difficulty: 'advanced',
    prompt:
      'Choose one big sound (a lead, a snare, a bass) and try to hear its layers. Listen through different bands in turn and describe what each band contributes: the body, the bite, the noise, the space.',
    hints: [
      'Switch the focus band from low to high and note what the sound is made of in each.',
      'Noise layers add texture and are easiest to hear at the top.',
      'A sub layer under a bass is often a plain sine or triangle, felt more than heard.',
    ],
    expected_observations: [
      'Big sounds are often two or three layers, each owning a different band.',
      'The layers start together; a layer that lags sounds like a separate event.',
      'Each layer is simpler on its own than the combined sound suggests.',
    ],
    tags: ['layering', 'synthesis', 'texture', 'eq'],
    presets: [
      band('layered_sound_body', 80, 800, 'Body 80–800 Hz', 'Band-passes the track to the body of the sound.'),
      band('layered_sound_bite', 2000, 8000, 'Bite 2–8 kHz', 'Band-passes the track to the bite of the sound.'),
      loop('layered_sound_loop', 2, 'Loop 2 bars', 'Loops two bars around the sound you study.'),
    ],
  },
  {
    key: 'movement_and_modulation',
    title: 'Movement in a sustained sound',
    description: 'Find what keeps a long sound alive: filter sweeps, vibrato, chorus, automation.',
    category: 'sound_design',
    difficulty: 'expert',
    prompt:
      'Follow one sustained sound for a whole section. List every change you hear in it (tone, pitch, width, level, effect amount) and say for each whether it moves in time with the tempo or freely.',
    hints: [
      'Tempo-synced movement repeats every beat or bar; free movement drifts against the groove.',
      'Slow filter automation over 8 or 16 bars is easy to miss: compare the start and the end of the section.',
      'Chorus and unison detune make a sound shimmer and widen without a clear rhythm.',
    ],
    expected_observations: [
      'Few sustained sounds in a finished track stay static; most move in several small ways.',
      'Synced modulation adds groove; slow free modulation adds life without drawing attention.',
      'Long automation often builds towards the next section.',
    ],
    tags: ['modulation', 'automation', 'synthesis'],
    presets: [loop('movement_and_modulation_loop', 16, 'Loop 16 bars', 'Loops a whole 16-bar section.')],
  },

  // ── Mixing ─────────────────────────────────────────────────────────────────────
  {
    key: 'vocal_level_rides',
    title: 'Where the vocal sits',
    description: 'Follow the lead vocal’s level against the music and how it stays on top.',
    category: 'mixing',
    difficulty: 'beginner',
    prompt:
      'Follow the lead vocal through a verse and a chorus. Can you understand every word? Note where the vocal feels loud, where it feels buried, and whether its level seems to follow the music or stay fixed.',
    hints: [
      'Listen at a low volume: a well-set vocal stays intelligible when the track is quiet.',
      'Consonants and the 2–4 kHz region carry intelligibility more than the vocal’s body.',
      'Listen for single words that jump out or sink: they show where level rides could help.',
    ],
    expected_observations: [
      'The vocal sits slightly above the music, and its level is very even from word to word.',
      'In busy sections the music often steps back a little rather than the vocal getting louder.',
      'Breaths and the ends of phrases are often turned down, not removed.',
    ],
    tags: ['vocals', 'level', 'automation', 'intelligibility'],
    presets: [
      band(
        'vocal_level_rides_band',
        300,
        4000,
        'Vocal range 300 Hz–4 kHz',
        'Band-passes the track to the vocal range.',
      ),
    ],
  },
  {
    key: 'sibilance_check',
    title: 'Esses and sibilance',
    description: 'Listen for how bright consonants are controlled on the vocal.',
    category: 'mixing',
    difficulty: 'intermediate',
    prompt:
      'Listen to the lead vocal through the sibilance band and note every s, sh, t and ch. Are they clear but smooth, or sharp and spitty? Check whether the reverb and delay on the vocal repeat the esses too.',
    hints: [
      'Sibilance usually sits somewhere between 5 and 10 kHz, depending on the singer.',
      'A de-esser that works too hard can make the singer sound lispy.',
      'Bright vocal reverbs and delays can spread the esses across the stereo field.',
    ],
    expected_observations: [
      'Well-controlled esses are audible and natural, not louder than the vowels around them.',
      'Effect returns are often darker than the dry vocal, so the consonants do not echo.',
      'Sibilance gets worse with added brightness or heavy compression on the vocal.',
    ],
    tags: ['vocals', 'sibilance', 'de-essing', 'eq'],
    presets: [
      band('sibilance_check_band', 5000, 10000, 'Sibilance 5–10 kHz', 'Band-passes the track to the sibilance range.'),
    ],
  },
  {
    key: 'reverb_space',
    title: 'The space around the mix',
    description: 'Describe the reverbs and delays: how many spaces, how long, how bright.',
    category: 'mixing',
    difficulty: 'advanced',
    prompt:
      'Listen for the spaces in the mix. How many different reverbs or delays can you tell apart? For each, note its length, its brightness, what it is on, and whether there is a gap (pre-delay) between the dry sound and the space.',
    hints: [
      'Reverb tails are easiest to hear when a part stops suddenly, at the end of a phrase or section.',
      'A short room on drums and a longer plate or hall on vocals is a common pairing.',
      'Delays synced to the tempo can act like a reverb when they are quiet and filtered.',
    ],
    expected_observations: [
      'Mixes often use a few shared spaces rather than one reverb per part.',
      'Pre-delay keeps the dry sound clear in front of its reverb.',
      'Long, bright reverbs sit more often on sparse parts; busy parts get shorter or darker ones.',
    ],
    tags: ['reverb', 'delay', 'depth', 'effects'],
    presets: [loop('reverb_space_loop', 4, 'Loop 4 bars', 'Loops four bars around the end of a phrase.')],
  },

  // ── Mastering ──────────────────────────────────────────────────────────────────
  {
    key: 'tonal_balance_overview',
    title: 'Overall tonal balance',
    description: 'Judge the balance of lows, mids and highs of the whole track against a reference.',
    category: 'mastering',
    difficulty: 'intermediate',
    prompt:
      'Switch between the track and a reference of the same style, loudness-matched. Describe the whole track in three words for lows, mids and highs (for example heavy, forward, dark) and say which band differs most from the reference.',
    hints: [
      'Match loudness before you judge: a louder track sounds brighter and fuller.',
      'Compare the spectrograms afterwards to check what you heard.',
      'Styles differ a lot: compare only with references you would play next to this track.',
    ],
    expected_observations: [
      'Differences in tonal balance are usually broad, over an octave or more, rather than narrow.',
      'The low end and the top octave differ most between styles and eras.',
      'A broad difference of a decibel or two changes the character of a whole mix, because it touches many parts at once.',
    ],
    tags: ['tonal-balance', 'reference', 'eq'],
    presets: [
      compare(
        'tonal_balance_overview_ab',
        'track_ab',
        true,
        'A/B, loudness-matched',
        'Switches between the track and the reference at the same integrated loudness.',
      ),
    ],
  },
  {
    key: 'limiting_artifacts',
    title: 'The cost of loudness',
    description: 'Listen for what heavy limiting does to the transients and the low end.',
    category: 'mastering',
    difficulty: 'advanced',
    prompt:
      'Compare a loud, dense master with a more dynamic one at the same loudness. Listen to the drum hits and the bass in the loudest sections: do they keep their shape, or do they flatten, crackle or pump?',
    hints: [
      'Compare the crest factor or PLR of the two tracks once you have listened.',
      'Distortion from limiting is easiest to hear on sustained bass notes and on cymbals.',
      'At matched loudness, the more dynamic master often sounds punchier.',
    ],
    expected_observations: [
      'Heavy limiting blunts the attack of the drums and can make them sound smaller.',
      'Level-matched, the loudest master loses some of its first impression of power.',
      'Some styles accept these artefacts as part of their sound; others avoid them.',
    ],
    tags: ['loudness', 'limiting', 'transients', 'crest-factor'],
    presets: [
      compare(
        'limiting_artifacts_ab',
        'track_ab',
        true,
        'A/B, loudness-matched',
        'Switches between two masters at the same integrated loudness.',
      ),
      loop('limiting_artifacts_loop', 4, 'Loop 4 bars', 'Loops four bars of the loudest section.'),
    ],
  },
  {
    key: 'translation_check',
    title: 'Does it translate?',
    description: 'Imagine the track on small speakers and in mono, and find what would be lost.',
    category: 'mastering',
    difficulty: 'expert',
    prompt:
      'Listen to the track through a mid-range band and in mono, as a small speaker would play it. Note which elements still carry the song, whether the bass line can still be followed, and whether the vocal or lead stays in front.',
    hints: [
      'Small speakers reproduce little below 100 to 150 Hz: the bass must be heard through its harmonics.',
      'Switch between the full track and the band to hear what the band loses.',
      'Then fold to mono and check the same elements again.',
    ],
    expected_observations: [
      'Bass lines with upper harmonics stay audible on small speakers; pure sub bass disappears.',
      'The lead and the drums should still carry the song in the mid-range band.',
      'A mix that translates well sounds smaller on small speakers, not different.',
    ],
    tags: ['translation', 'mono', 'low-end', 'small-speakers'],
    presets: [
      band(
        'translation_check_band',
        150,
        8000,
        'Small speaker 150 Hz–8 kHz',
        'Band-passes the track like a small speaker.',
      ),
      compare(
        'translation_check_mono',
        'mono_fold',
        true,
        'Stereo against mono',
        'Switches between the stereo mix and its mono sum at the same loudness.',
      ),
    ],
  },
];

/** Player set-ups that stand alone, for any track and any prompt. */
export const listeningPresetSeeds: PresetSeed[] = [
  band('band_sub', 20, 60, 'Sub 20–60 Hz', 'The lowest octaves: felt as much as heard.'),
  band('band_bass', 60, 250, 'Bass 60–250 Hz', 'The weight of the kick and the bass line.'),
  band('band_low_mids', 250, 500, 'Low mids 250–500 Hz', 'Warmth, body, and where mud builds up.'),
  band('band_mids', 500, 2000, 'Mids 500 Hz–2 kHz', 'The core of most instruments and voices.'),
  band('band_upper_mids', 2000, 5000, 'Upper mids 2–5 kHz', 'Presence, attack and intelligibility.'),
  band('band_highs', 5000, 10000, 'Highs 5–10 kHz', 'Brightness, cymbals and sibilance.'),
  band('band_air', 10000, 20000, 'Air 10–20 kHz', 'Shimmer, breath and space.'),
  compare(
    'compare_reference',
    'track_ab',
    true,
    'A/B, loudness-matched',
    'Your track against a reference at the same loudness.',
  ),
  compare(
    'compare_mono',
    'mono_fold',
    true,
    'Stereo against mono',
    'The mix against its mono sum at the same loudness.',
  ),
  compare('compare_mid_side', 'mid_side', true, 'Mid against side', 'The centre of the mix against its sides.'),
  loop('loop_1_bar', 1, 'Loop 1 bar', 'One bar, for a single sound or hit.'),
  loop('loop_4_bars', 4, 'Loop 4 bars', 'Four bars, for a phrase.'),
  loop('loop_8_bars', 8, 'Loop 8 bars', 'Eight bars, for most sections.'),
  loop('loop_16_bars', 16, 'Loop 16 bars', 'Sixteen bars, for a whole section.'),
];

/** Each template's position: categories in the order of `listeningCategories`, then the list order. */
export const listeningTemplateRows = () =>
  listeningTemplateSeeds.map(({ presets: _presets, ...t }, i) => ({ ...t, is_active: true, sort_order: (i + 1) * 10 }));

const presetRow = (p: PresetSeed, i: number, template_id: string | null) => {
  const setup = listeningPresetConfig.parse(p.setup);
  return {
    key: p.key,
    template_id,
    name: p.name,
    description: p.description,
    preset_type: setup.preset_type,
    config: setup.config as Record<string, unknown>,
    is_active: true,
    sort_order: (i + 1) * 10,
  };
};

/**
 * Templates first, then their presets (tied by template key) and the presets that stand alone.
 * Administrators own `is_active`; every other seeded column follows this file (like the other
 * catalogues, see upsert.ts).
 */
export async function seedListening(db: DbOrTx): Promise<void> {
  await upsertByKey(db, listening_prompt_templates, [listening_prompt_templates.key], listeningTemplateRows(), [
    'is_active',
  ]);
  const ids = new Map(
    (
      await db
        .select({ id: listening_prompt_templates.id, key: listening_prompt_templates.key })
        .from(listening_prompt_templates)
    ).map((r) => [r.key, r.id]),
  );
  const rows = [
    ...listeningTemplateSeeds.flatMap((t) => t.presets.map((p, i) => presetRow(p, i, ids.get(t.key) ?? null))),
    ...listeningPresetSeeds.map((p, i) => presetRow(p, i, null)),
  ];
  await upsertByKey(db, listening_prompt_presets, [listening_prompt_presets.key], rows, ['is_active']);
}
