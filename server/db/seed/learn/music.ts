import { musicDrills } from './drills';
import type { LessonSeed, TopicSeed } from './types';

const notesAndKeyboard: LessonSeed = {
  key: 'music_theory_notes_and_keyboard',
  title: 'Notes, pitch and the keyboard',
  summary:
    'The seven letter names, octaves and scientific pitch notation (C4, A4), semitones and whole tones, and how sharps, flats and enharmonic spellings name the same key in different ways.',
  difficulty: 'beginner',
  duration_minutes: 8,
  content_markdown: `Every piece of music theory rests on one small idea: pitches have names, and the names follow a pattern that repeats. Once you can find any note on a piano keyboard, say which octave it sits in and count the small steps between two notes, intervals, scales and chords become arithmetic you can do in your head. This lesson builds that map. You do not need to own a piano; a picture of a keyboard, or a free keyboard app, is enough.

## Pitch and the musical alphabet

A pitch is how high or low a sound is. Physically it comes from how fast something vibrates: the faster the vibration, the higher the pitch. Western music names pitches with only seven letters:

**A B C D E F G**

After G the alphabet starts again at A. The reason seven letters are enough is the octave. When one pitch vibrates exactly twice as fast as another, the two sound so alike that we give them the same name. The A that orchestras tune to vibrates 440 times a second (440 Hz); the A an octave below it is 220 Hz, and the A an octave above is 880 Hz. All three are "A".

So a note name tells you *which* of the seven pitch families you mean, and something else has to tell you *which copy* of it. That is the job of octave numbers, which we will come to shortly.

## Finding the notes on a keyboard

The piano keyboard is the clearest picture of this system. Look at the black keys: they come in groups of **two** and **three**, alternating all the way up. That pattern is your landmark.

- **C** is the white key immediately to the left of each group of two black keys.
- **F** is the white key immediately to the left of each group of three black keys.
- From C, the white keys go up C, D, E, F, G, A, B, and then the next C.

Notice that two pairs of white keys have no black key between them: **E and F**, and **B and C**. Keep those two places in mind; they matter in almost everything that follows.

A full-size piano has 88 keys, from A0 at the bottom to C8 at the top. You will rarely need the extremes, but knowing the range helps when you meet the octave numbers.

## Semitones and whole tones

The smallest step on a keyboard is from one key to the very next key, black or white, with nothing in between. That step is a **semitone** (also called a half step). Two semitones make a **whole tone** (a whole step).

Some examples:

- C to the black key just above it: one semitone.
- C to D: two semitones, so a whole tone (there is a black key in between).
- E to F: one semitone, because no black key sits between them.
- B to C: one semitone, for the same reason.

There are twelve semitones in an octave: seven white keys and five black keys, then the pattern repeats. Every key in Western music is built by choosing some of these twelve, and every interval can be measured by counting semitones. Counting semitones is the single most useful habit you can build in this topic.

## Sharps, flats and naturals

The black keys do not have letters of their own. They borrow the name of a neighbour with a sign added:

- A **sharp** (♯, often typed as #) raises a note by one semitone. The black key just above C is **C♯**.
- A **flat** (♭, often typed as b) lowers a note by one semitone. The black key just below D is **D♭**.
- A **natural** (♮) cancels a sharp or flat and returns to the plain letter.

Sharps and flats are not only for black keys. Since E and F are only a semitone apart, **E♯** is the key you would otherwise call F, and **F♭** is the key you would call E. In the same way **B♯** sounds as C and **C♭** sounds as B. These spellings look odd at first, but keys and chords sometimes require them, as you will see in later lessons.

There are also double signs. A **double sharp** (written 𝄪, or x) raises a note by two semitones, so F double sharp sounds as G. A **double flat** (𝄫, or bb) lowers it by two, so B double flat sounds as A.

## Enharmonic spelling

C♯ and D♭ are the same key on the piano and, in ordinary tuning, the same sound. Two names for one pitch are called **enharmonic** equivalents. Every black key has at least two names (C♯/D♭, D♯/E♭, F♯/G♭, G♯/A♭, A♯/B♭), and every white key can be spelled in more than one way as well (C = B♯ = D double flat).

If they sound the same, why keep both names? Because the spelling carries meaning about the music's structure:

- A scale uses each letter name once. The scale of D major contains F♯ and C♯, not G♭ and D♭, because it needs an F and a C among its seven letters.
- Intervals are named by counting letters. C up to E♭ is a third (C, D, E); C up to D♯ is a second (C, D), even though both top notes are the same key. The next lesson explains why that matters.

So when you spell a note, ask which letter the musical context calls for, not only which key you would press.

## Octave numbers and scientific pitch notation

To say exactly which C or which A you mean, musicians use **scientific pitch notation**: a letter, any sharp or flat, and an octave number.

- **Middle C**, the C nearest the middle of the piano, is **C4**.
- The octave number changes at every C. Going up from C4 you have D4, E4, F4, G4, A4, B4, and then **C5**. Going down from C4, the next note is **B3**.
- **A4** is the A just above middle C, the 440 Hz tuning note.
- The lowest key of a piano is A0 and the highest is C8.

Because the number changes at C, not at A, the boundary catches people out. A3 and B3 are *below* C4, even though A and B come after C in the alphabet.

Accidentals keep the number of their letter. C♭4 sounds the same as B3, and B♯3 sounds the same as C4. The number belongs to the letter you wrote, not to the key you press. This is another reason to spell notes deliberately.

You will see this notation in the ear-training drills of this topic, where a range such as C4 to C5 means "from middle C up to the C an octave above".

## Hearing pitch

Naming a note from its sound alone without any reference (absolute or "perfect" pitch) is rare, and you do not need it. What you can train, at any age, is **relative pitch**: hearing how far apart two notes are and which direction they move. That is what the drills in this topic build, and it is what most working musicians rely on.

A few listening habits help from the start:

- **Up or down?** Before anything else, decide whether the second note is higher or lower than the first. Beginners often confuse loud with high or soft with low; try to listen for height only.
- **Near or far?** A semitone sounds like a slight slide or a rub. A whole tone sounds like a clear single step. An octave sounds like the same note in a different register.
- **Sing it.** Humming a note you hear, even quietly and out of tune at first, connects the ear to your own sense of pitch faster than listening alone.

## Try it

Take ten minutes with a keyboard app or a printed keyboard picture.

1. Find every C across the whole keyboard using the groups of two black keys. Then find every F using the groups of three.
2. Put one finger on middle C and label it C4. Walk up the white keys naming each one with its number (D4, E4 ... B4, C5), then walk down (B3, A3, G3).
3. From C4, count semitones up to E4 (you should get four) and up to F4 (five). Then count from E4 to G4 (three).
4. Name each black key between C4 and C5 twice: once with a sharp, once with a flat.
5. Write the enharmonic pair for each of these: E♯, C♭, F𝄪 (F double sharp), B𝄫 (B double flat). Check your answers on the keyboard.
6. Finally, play any two keys, one after the other, and say aloud whether the second went up or down. Do this twenty times with your eyes closed if you can get a friend to play.

## Key points

- Seven letters, A to G, name the pitches; the pattern repeats every octave, where the frequency doubles.
- On the keyboard, C sits left of each pair of black keys and F left of each group of three.
- A semitone is the distance to the very next key; a whole tone is two semitones. E–F and B–C are semitones with no black key between them.
- Sharps raise by a semitone, flats lower by one, naturals cancel them; double sharps and double flats move by two.
- Enharmonic notes sound the same but are spelled differently; the spelling follows the letters the music needs.
- In scientific pitch notation middle C is C4, A4 is the 440 Hz tuning A, and the octave number changes at each C.`,
  quiz: [
    {
      kind: 'single',
      question: 'In scientific pitch notation, which note comes immediately below C4 on the white keys?',
      choices: ['B4', 'B3', 'C3', 'A4'],
      answers: [1],
      explanation:
        'The octave number changes at C, so the white key just below C4 is B3. B4 is almost an octave higher, just below C5.',
    },
    {
      kind: 'multiple',
      question: 'Choose all that apply: which pairs of notes are one semitone apart?',
      choices: ['E and F', 'C and D', 'B and C', 'F and G', 'C and C♯'],
      answers: [0, 2, 4],
      explanation:
        'E–F and B–C have no black key between them, so each is a semitone, and C to C♯ is a semitone by definition of a sharp. C–D and F–G each have a black key between them, so they are whole tones (two semitones).',
    },
    {
      kind: 'single',
      question: 'Which note is enharmonic with F (sounds the same but is spelled differently)?',
      choices: ['F♭', 'G♭', 'E♯', 'E♭'],
      answers: [2],
      explanation:
        'E♯ raises E by one semitone, which lands on the key called F. F♭ sounds as E, and G♭ is the black key above F.',
    },
    {
      kind: 'single',
      question: 'How do you find C on a piano keyboard?',
      choices: [
        'It is the white key just to the left of each group of two black keys.',
        'It is the white key just to the left of each group of three black keys.',
        'It is the white key just to the right of each group of two black keys.',
        'It is always the lowest key on the piano.',
      ],
      answers: [0],
      explanation:
        'C sits immediately left of each pair of black keys. The white key left of each group of three is F, and the lowest key of a full piano is A0.',
    },
    {
      kind: 'single',
      question: 'Why is the black key between F and G spelled F♯ in some music and G♭ in other music?',
      choices: [
        'F♯ is slightly higher in pitch than G♭ on a piano.',
        'The spelling follows which letter name the scale or chord needs.',
        'Sharps are used going up and flats are only used going down.',
        'G♭ is an older spelling that has been replaced by F♯.',
      ],
      answers: [1],
      explanation:
        'On a piano they are the same key and the same sound. The spelling depends on the context: a scale uses each letter once, and intervals are named by counting letters, so the letter the music needs decides the name.',
    },
  ],
};

export const musicTopic: TopicSeed = {
  key: 'music_theory',
  name: 'Music theory',
  description: 'The language of music for the ear and the page: intervals, scales, chords and rhythm.',
  icon: 'music',
  color: '#9333ea',
  skill: 'creativity',
  lessons: [notesAndKeyboard],
  drills: musicDrills,
};
