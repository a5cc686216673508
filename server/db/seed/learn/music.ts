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

After G the alphabet starts again at A. The reason seven letters are enough is the octave. When one pitch vibrates exactly twice as fast as another, the two sound so alike that we give them the same name. The A used as the standard tuning pitch vibrates 440 times a second (440 Hz); the A an octave below it is 220 Hz, and the A an octave above is 880 Hz. All three are "A".

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

There are twelve semitones in an octave: seven white keys and five black keys, then the pattern repeats. Every scale in Western music is built by choosing some of these twelve, and every interval can be measured by counting semitones. Counting semitones is the single most useful habit you can build in this topic.

## Sharps, flats and naturals

The black keys do not have letters of their own. They borrow the name of a neighbour with a sign added:

- A **sharp** (♯, often typed as #) raises a note by one semitone. The black key just above C is **C♯**.
- A **flat** (♭, often typed as b) lowers a note by one semitone. The black key just below D is **D♭**.
- A **natural** (♮) cancels a sharp or flat and returns to the plain letter.

Sharps and flats are not only for black keys. Since E and F are only a semitone apart, **E♯** is the key you would otherwise call F, and **F♭** is the key you would call E. In the same way **B♯** sounds as C and **C♭** sounds as B. These spellings look odd at first, but keys and chords sometimes require them, as you will see in later lessons.

There are also double signs. A **double sharp** (written 𝄪, or simply x) raises a note by two semitones, so F double sharp sounds as G. A **double flat** (written 𝄫, or ♭♭) lowers it by two, so B double flat sounds as A.

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

- **Up or down?** Before anything else, decide whether the second note is higher or lower than the first. It is easy to mistake louder for higher or softer for lower; listen for height only.
- **Near or far?** A semitone sounds like a slight slide or a rub. A whole tone sounds like a clear single step. An octave sounds like the same note in a different register.
- **Sing it.** Humming a note you hear, even quietly and out of tune at first, connects the ear to your own sense of pitch faster than listening alone.

## Try it

Take ten minutes with a keyboard app or a printed keyboard picture.

1. Find every C across the whole keyboard using the groups of two black keys. Then find every F using the groups of three.
2. Put one finger on middle C and label it C4. Walk up the white keys naming each one with its number (D4, E4 ... B4, C5), then walk down (B3, A3, G3).
3. From C4, count semitones up to E4 (you should get four) and up to F4 (five). Then count from E4 to G4 (three).
4. Name each black key between C4 and C5 twice: once with a sharp, once with a flat.
5. Write the enharmonic pair for each of these: E♯, C♭, F double sharp, B double flat. Check your answers on the keyboard.
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

const intervals: LessonSeed = {
  key: 'music_theory_intervals',
  title: 'Intervals: measuring the distance between notes',
  summary:
    'Name any interval by counting letters and then semitones, learn the perfect, major, minor, augmented and diminished qualities, and recognise each size by ear with familiar tunes.',
  difficulty: 'beginner',
  duration_minutes: 8,
  content_markdown: `An interval is the distance between two notes. It is the basic unit of everything you hear: a melody is a chain of intervals, a chord is a stack of them, and a scale is a pattern of them. Naming an interval takes two steps, one for the eye (count the letters) and one for the ear and the keyboard (count the semitones). This lesson teaches both, then gives you a set of reference tunes so you can recognise each interval when you hear it.

## Melodic and harmonic intervals

When two notes sound one after the other, the interval is **melodic**, and it can go up (ascending) or down (descending). When they sound together, it is **harmonic**. The name of the interval is the same either way; only the way you listen changes. The interval drills in this topic start with melodic intervals going up, which are the easiest to hear.

## Step one: the number

The number of an interval comes from counting **letter names**, including both the bottom note and the top note.

- C up to E: C, D, E, three letters, so a **third**.
- C up to G: C, D, E, F, G, five letters, so a **fifth**.
- E up to C: E, F, G, A, B, C, six letters, so a **sixth**.
- Two notes on the same letter and octave: a **unison**. Eight letters, from C to the next C: an **octave**.

Ignore sharps and flats while you count. C up to E♭ and C up to E♯ are both thirds, because both reach the letter E. This is why spelling matters: the letters decide the number.

## Step two: the quality

The number alone is not precise enough. C up to E and C up to E♭ are both thirds, but they sound clearly different: the first is four semitones, the second three. The **quality** tells them apart.

Intervals fall into two families:

- **Perfect family:** unison, fourth, fifth and octave. Their normal size is called **perfect**.
- **Major/minor family:** second, third, sixth and seventh. Each comes in a **major** (larger) and a **minor** (smaller) size, a semitone apart.

Either family can be stretched or squeezed further:

- **Augmented** is one semitone larger than perfect or major.
- **Diminished** is one semitone smaller than perfect or minor.

Intervals are abbreviated with a letter and a number: P5 for a perfect fifth, M3 for a major third, m3 for a minor third, A4 for an augmented fourth, d5 for a diminished fifth.

## The semitone table

These are the intervals within an octave that you will meet most often, with their sizes:

| Semitones | Interval | Example from C |
| --- | --- | --- |
| 0 | Perfect unison (P1) | C–C |
| 1 | Minor second (m2) | C–D♭ |
| 2 | Major second (M2) | C–D |
| 3 | Minor third (m3) | C–E♭ |
| 4 | Major third (M3) | C–E |
| 5 | Perfect fourth (P4) | C–F |
| 6 | Augmented fourth (A4) or diminished fifth (d5) | C–F♯ or C–G♭ |
| 7 | Perfect fifth (P5) | C–G |
| 8 | Minor sixth (m6) | C–A♭ |
| 9 | Major sixth (M6) | C–A |
| 10 | Minor seventh (m7) | C–B♭ |
| 11 | Major seventh (M7) | C–B |
| 12 | Perfect octave (P8) | C–C |

The six-semitone interval is often called the **tritone**, because it spans three whole tones. It divides the octave exactly in half.

## A reliable method: the major scale of the bottom note

You do not need to memorise the table as raw numbers. There is a quicker way to work out any interval on paper:

1. Imagine the major scale that starts on the bottom note. (The next lesson covers major scales in detail; for now, C major is all white keys, C D E F G A B.)
2. Every note of that scale forms a **major** or **perfect** interval above its first note: C–D M2, C–E M3, C–F P4, C–G P5, C–A M6, C–B M7, C–C P8.
3. If the top note is a semitone **lower** than the scale's note with the same letter, a major interval becomes **minor** and a perfect one becomes **diminished**. If it is a semitone **higher**, the interval is **augmented**.

Worked examples:

- **D up to F.** Count letters: D, E, F, a third. D major contains F♯. Our F is a semitone lower, so this is a **minor third** (3 semitones).
- **E up to C.** E to C is a sixth. E major contains C♯. C is a semitone lower, so a **minor sixth** (8 semitones).
- **F up to B.** F to B is a fourth. F major contains B♭. B is a semitone higher, so an **augmented fourth** (6 semitones).
- **B up to F.** B to F is a fifth. B major contains F♯. F is a semitone lower, so a **diminished fifth** (also 6 semitones).

You can always check by counting semitones on a keyboard.

## Same sound, different name

Because names come from letters, two intervals can sound identical and still have different names. C up to D♯ is an **augmented second** (two letters, C and D), while C up to E♭ is a **minor third** (three letters). Both are three semitones. F–B (A4) and B–F (d5) are both tritones. To the ear in isolation they are the same; in written music the spelling shows how the notes are likely to move next.

## Turning intervals upside down

If you move the bottom note of an interval up an octave (or the top note down an octave), you get its **inversion**. C up to E (a major third) becomes E up to C (a minor sixth). Three rules make inversions easy:

- The numbers add up to **9**: a third inverts to a sixth, a second to a seventh, a fourth to a fifth.
- Major becomes minor and minor becomes major; augmented becomes diminished and the reverse; **perfect stays perfect**.
- The semitone counts add up to **12**: a major third (4) and a minor sixth (8).

Intervals larger than an octave are **compound** intervals. A ninth is an octave plus a second; a major ninth is 14 semitones. Their quality is the same as that of the simple interval inside them.

## Recognising intervals by ear

Ear training turns the table above into sounds you know. The most common way to start is to link each interval to the opening of a familiar tune. Use these as a crutch while you learn; in time you will hear the interval's own colour without needing the song.

| Interval | Going up | Going down |
| --- | --- | --- |
| m2 | "Ode to Joy" (Beethoven): the step from the repeated opening note to the next | "Für Elise" (Beethoven): the rocking half-step at the start |
| M2 | "Frère Jacques": the first two notes | "Mary Had a Little Lamb": the first two notes |
| m3 | Brahms's Lullaby: the repeated note, then a leap up | The playground taunt "nyah, nyah" on two notes |
| M3 | "When the Saints Go Marching In": the first two notes | Beethoven's Fifth Symphony: the three short notes falling to the long one |
| P4 | Wagner's Bridal Chorus ("Here Comes the Bride"), and "Amazing Grace": the first leap | Mozart's "Eine kleine Nachtmusik": the first drop |
| P5 | "Twinkle, Twinkle, Little Star": from the second note to the third | |
| m6 | Joplin's "The Entertainer": the upward leap after the opening chromatic notes | |
| M6 | "My Bonnie Lies Over the Ocean": the first two notes | |

For the remaining intervals, learn the feature rather than a tune:

- **Tritone:** restless and unresolved, as if it must move on. It sits between the third and seventh of a dominant seventh chord, which is part of why that chord pulls so strongly.
- **Minor seventh:** imagine an octave and fall a whole tone short of it. It is the outer span of a dominant seventh chord.
- **Major seventh:** an octave that misses by a semitone; it sounds bright and sharp-edged, leaning hard towards the octave above.
- **Octave:** the same note higher. When a man and a woman sing the same tune together, they are usually an octave apart.

For **harmonic** intervals, listen to the overall colour:

- Seconds and sevenths clash; you hear a rub or beating between the notes.
- Thirds and sixths sound sweet and full; most harmony in Western music is built from them.
- Perfect fourths, fifths and octaves sound open, hollow or plain.
- The tritone sounds tense and buzzing.

## Try it

1. On paper, name these intervals using the major-scale method, then check the semitones on a keyboard: G up to B, A up to C, D up to B♭, E♭ up to A, C up to A♭.
2. Invert each of them and name the result. Check that the numbers add to 9 and the semitones to 12.
3. Choose three reference tunes from the table. Hum the first two notes of each, then play the same interval from C4 on a keyboard to confirm.
4. Play the interval drill in this topic for five minutes. Before you answer each question, sing the interval back quietly, then match it to a reference tune.

(Answers to 1: major third, minor third, minor sixth, augmented fourth, minor sixth.)

## Key points

- An interval's **number** comes from counting letter names, both ends included; sharps and flats do not change it.
- Its **quality** comes from the exact size: perfect, major, minor, augmented or diminished. Unisons, fourths, fifths and octaves are perfect; seconds, thirds, sixths and sevenths are major or minor.
- Know the semitone sizes: m2 1, M2 2, m3 3, M3 4, P4 5, tritone 6, P5 7, m6 8, M6 9, m7 10, M7 11, P8 12.
- Using the bottom note's major scale, any interval can be worked out: scale notes give major or perfect intervals; a semitone lower gives minor or diminished; a semitone higher gives augmented.
- Inversions add up to 9 in number and 12 in semitones; major and minor swap, perfect stays perfect.
- Reference tunes are a starting point for the ear; aim to hear each interval's own colour.`,
  quiz: [
    {
      kind: 'single',
      question:
        'In "Twinkle, Twinkle, Little Star", the melody leaps from its second note to its third. Which interval is that leap, and how many semitones is it?',
      choices: [
        'A major third, 4 semitones',
        'A perfect fourth, 5 semitones',
        'A perfect fifth, 7 semitones',
        'A major sixth, 9 semitones',
      ],
      answers: [2],
      explanation:
        'The tune leaps a perfect fifth (for example C to G), which is 7 semitones. The perfect fourth (5 semitones) is the leap that opens the Bridal Chorus and "Amazing Grace".',
    },
    {
      kind: 'single',
      question: 'What is the interval from D up to F?',
      choices: ['Major third', 'Minor third', 'Augmented second', 'Perfect fourth'],
      answers: [1],
      explanation:
        'D, E, F is three letters, so it is a third. D major contains F♯; F is a semitone lower, so the third is minor (3 semitones). An augmented second would be spelled D to E♯.',
    },
    {
      kind: 'multiple',
      question: 'Choose all that apply: which of these intervals are six semitones wide?',
      choices: ['Perfect fourth', 'Augmented fourth', 'Diminished fifth', 'Perfect fifth', 'Minor sixth'],
      answers: [1, 2],
      explanation:
        'The augmented fourth (for example F–B) and the diminished fifth (B–F) are both six semitones: the tritone. A perfect fourth is 5 semitones, a perfect fifth 7 and a minor sixth 8.',
    },
    {
      kind: 'single',
      question: 'C up to E♭ and C up to D♯ press the same keys. Why do they have different names?',
      choices: [
        'E♭ is slightly higher than D♯, so the second interval is smaller.',
        'Melodic intervals and harmonic intervals are named differently.',
        'Only one of them is a correct spelling; the other is a mistake.',
        'Names count letters: C to E spans three letters (a minor third), C to D spans two (an augmented second).',
      ],
      answers: [3],
      explanation:
        'An interval’s number comes from its letter names. C–E♭ is a third (C, D, E) and, at 3 semitones, a minor third. C–D♯ is a second (C, D) made one semitone wider than major, so an augmented second. Both are valid spellings of the same sound.',
    },
    {
      kind: 'single',
      question: 'What is the inversion of a major third?',
      choices: ['Major sixth', 'Minor third', 'Perfect fifth', 'Minor sixth'],
      answers: [3],
      explanation:
        'Inversions add up to 9 (3 + 6) and major becomes minor, so a major third inverts to a minor sixth. The semitones check out too: 4 + 8 = 12.',
    },
  ],
};

const scalesAndModes: LessonSeed = {
  key: 'music_theory_scales_keys_modes',
  title: 'Scales, keys and modes',
  summary:
    'Build the major scale from its step pattern, the three minor scales, key signatures and the seven modes as rotations of the major scale, then the pentatonic and blues scales.',
  difficulty: 'intermediate',
  duration_minutes: 9,
  content_markdown: `A scale is a set of notes arranged in order of pitch, starting from a home note called the **tonic**. Scales are the raw material of melodies and chords: a key is, roughly, the scale a piece treats as home. Each scale has its own pattern of semitones and whole tones, and that pattern, not the starting note, gives it its character. Learn a handful of patterns and you can build any scale on any note.

## The major scale

The major scale follows this pattern of steps, where W is a whole tone (2 semitones) and H a semitone:

**W W H W W W H**

Starting on C, the pattern lands only on white keys: **C D E F G A B C**. The two semitones fall between E–F (steps 3–4) and B–C (steps 7–8), the two places on the keyboard with no black key between them.

Start the same pattern on another note and you will need sharps or flats to keep it:

- **G major:** G A B C D E **F♯** G. Without the F♯, the step from E to F would be a semitone where the pattern wants a whole tone.
- **F major:** F G A **B♭** C D E F. Without the B♭, the step from A to B would be a whole tone where the pattern wants a semitone.

A proper scale uses each letter name exactly once. That is why G major has F♯ rather than G♭: it needs an F.

The notes of a scale are called **degrees** and numbered 1 to 7. Degree 1 is the tonic, degree 5 the **dominant**, and degree 7, a semitone below the tonic, the **leading note**, so called because it leans so strongly up to the tonic. The major scale sounds bright and settled.

## The three minor scales

The **natural minor** scale has the pattern **W H W W H W W**. Starting on A it uses only white keys: **A B C D E F G A**.

Compared with the major scale on the same tonic, natural minor has a **lowered third, sixth and seventh**. C major is C D E F G A B; C natural minor is C D E♭ F G A♭ B♭. The minor third is what makes the scale sound darker.

Natural minor has no leading note: its seventh degree is a whole tone below the tonic, which weakens the pull home. Two variants fix that:

- **Harmonic minor** raises the seventh degree by a semitone: **A B C D E F G♯ A**. Now G♯ leads to A. The raised seventh leaves a gap of three semitones between F and G♯, an augmented second, which gives harmonic minor its distinctive, slightly exotic sound.
- **Melodic minor** raises both the sixth and the seventh on the way up, smoothing out that gap: **A B C D E F♯ G♯ A**. In classical practice it comes back down as natural minor (A G F E D C B A). In jazz, the ascending form is used in both directions.

## Relative and parallel keys

C major and A minor use exactly the same notes and share a key signature (no sharps or flats). They are **relative** keys. The relative minor of any major key starts on its sixth degree, a minor third below the tonic: the relative minor of G major is E minor; of F major, D minor.

C major and C minor share a tonic but not their notes. They are **parallel** keys. Comparing parallel scales is the quickest way to hear what changes between major and minor, and it is also how the modes below are best understood.

## Key signatures, briefly

Rather than writing a sharp or flat before every note, music puts the key's sharps or flats at the start of each line of music: the **key signature**. Sharps and flats always appear in a fixed order:

- Sharps: **F C G D A E B**
- Flats: **B E A D G C F** (the sharps' order backwards)

Major keys with sharps: G (1), D (2), A (3), E (4), B (5), F♯ (6), C♯ (7). Major keys with flats: F (1), B♭ (2), E♭ (3), A♭ (4), D♭ (5), G♭ (6), C♭ (7).

Two shortcuts name a major key from its signature:

- With sharps, the **last sharp is the leading note**; the tonic is a semitone above it. Three sharps end on G♯, so the key is A major.
- With flats, the **second-to-last flat is the tonic**. Three flats (B♭, E♭, A♭) give E♭ major. One flat is the exception to learn by heart: F major.

Each key signature also belongs to the relative minor: three sharps is A major or F♯ minor. Arranged by number of sharps and flats, the keys form the **circle of fifths**: each added sharp moves the tonic up a perfect fifth (C, G, D, A ...), each added flat moves it down a fifth (C, F, B♭, E♭ ...).

## The modes: one scale, seven starting points

Play the white keys from C to C and you get the major scale. Play the same white keys from D to D, or E to E, and you get different patterns of steps, because the two semitones fall in different places. Each of these rotations of the major scale is a **mode**, with a name borrowed from ancient Greek.

| Mode | White keys | Compared with | Characteristic note | On C |
| --- | --- | --- | --- | --- |
| Ionian | C to C | the major scale itself | | C D E F G A B |
| Dorian | D to D | natural minor | raised (major) 6th | C D E♭ F G A B♭ |
| Phrygian | E to E | natural minor | lowered 2nd | C D♭ E♭ F G A♭ B♭ |
| Lydian | F to F | major | raised 4th | C D E F♯ G A B |
| Mixolydian | G to G | major | lowered 7th | C D E F G A B♭ |
| Aeolian | A to A | natural minor itself | | C D E♭ F G A♭ B♭ |
| Locrian | B to B | natural minor | lowered 2nd and lowered 5th | C D♭ E♭ F G♭ A♭ B♭ |

Three modes have a major third above the tonic (Ionian, Lydian, Mixolydian) and sound broadly major. The other four have a minor third (Dorian, Phrygian, Aeolian, Locrian) and sound broadly minor. Within each group, the **characteristic note** is the one degree that differs from plain major or natural minor, and it is what your ear should listen for:

- **Dorian:** minor, but with a brighter major sixth. Common in folk, jazz and rock.
- **Phrygian:** minor with a semitone just above the tonic, giving a dark, tense colour heard in flamenco and in heavy metal.
- **Lydian:** major with a raised fourth, which sounds floating and dreamlike; film music uses it often.
- **Mixolydian:** major with a lowered seventh, relaxed and bluesy; very common in rock and folk.
- **Locrian:** its tonic chord is diminished (B D F), so it never sounds settled. It is rare as a home key.

To hear a mode properly, you need a sense of its tonic. Play or sing the tonic as a drone, then play the mode over it. Without that anchor, D Dorian on white keys will simply sound like C major starting in the wrong place.

## Pentatonic scales

A **pentatonic** scale has five notes per octave. The two most common contain no semitones at all, which is why almost any combination of their notes sounds pleasant.

- **Major pentatonic:** degrees 1, 2, 3, 5 and 6 of the major scale. C major pentatonic is **C D E G A**. It leaves out the fourth and seventh, the two notes that form semitones with their neighbours.
- **Minor pentatonic:** degrees 1, ♭3, 4, 5 and ♭7. A minor pentatonic is **A C D E G**, the same five notes as C major pentatonic, in the same relative relationship as C major and A minor.

The black keys of the piano form a pentatonic scale on their own: G♭ major pentatonic, or E♭ minor pentatonic. Pentatonic scales turn up in folk music across many cultures, and the minor pentatonic is the backbone of rock and blues guitar.

## The blues scale

The **blues scale** adds one note to the minor pentatonic: the **flattened fifth**. A blues is **A C D E♭ E G**, and C blues is **C E♭ F G♭ G B♭**. The extra note, often called a **blue note**, is often used as a passing note between the fourth and fifth. Players often spell it as a sharpened fourth (D♯ in A) when the line is rising.

## Try it

1. Write out D major using W W H W W W H, using each letter once. How many sharps does it need? (Two: F♯ and C♯.)
2. Write E natural minor, E harmonic minor and ascending E melodic minor. Play them in turn and listen for how the top of the scale changes.
3. Play a low D as a drone (hold it, or use a drone app) and play the white keys from D to D over it: that is D Dorian. Then play the same over an F drone from F to F: F Lydian. Listen for the raised sixth in the first and the raised fourth in the second.
4. Improvise for two minutes on the black keys only. You are playing a pentatonic scale.
5. Finish with a few rounds of the scale drills in this topic, naming the mode by its characteristic note.

## Key points

- Major: W W H W W W H. Natural minor: W H W W H W W, a lowered 3rd, 6th and 7th compared with major.
- Harmonic minor raises the 7th; melodic minor raises the 6th and 7th going up.
- Relative keys share notes and a key signature (C major and A minor); parallel keys share a tonic (C major and C minor).
- Sharps enter in the order F C G D A E B and flats in B E A D G C F.
- The modes are rotations of the major scale. Listen for each one's characteristic note: Dorian's 6th, Phrygian's ♭2, Lydian's ♯4, Mixolydian's ♭7, Locrian's ♭2 and ♭5.
- Major pentatonic is 1 2 3 5 6; minor pentatonic is 1 ♭3 4 5 ♭7; the blues scale adds ♭5 to the minor pentatonic.`,
  quiz: [
    {
      kind: 'single',
      question: 'A key signature has three sharps. Which major key is it, and which minor key shares it?',
      choices: ['E major and C♯ minor', 'D major and B minor', 'A major and F♯ minor', 'E♭ major and C minor'],
      answers: [2],
      explanation:
        'Sharps enter as F♯, C♯, G♯; the last sharp is the leading note, so the tonic is A. The relative minor starts on the sixth degree, F♯. E major has four sharps, D major two, and E♭ major three flats.',
    },
    {
      kind: 'single',
      question: 'Which note turns A natural minor into A harmonic minor?',
      choices: ['F♯', 'G♯', 'C♯', 'B♭'],
      answers: [1],
      explanation:
        'Harmonic minor raises the seventh degree, G, to G♯ so it leads up to the tonic A. Raising F as well (F♯ and G♯) gives the ascending melodic minor.',
    },
    {
      kind: 'multiple',
      question: 'Choose all that apply: which modes have a minor third above their tonic?',
      choices: ['Dorian', 'Lydian', 'Phrygian', 'Mixolydian', 'Aeolian'],
      answers: [0, 2, 4],
      explanation:
        'Dorian, Phrygian and Aeolian (and Locrian) have a minor third and sound broadly minor. Lydian and Mixolydian have a major third: they are major with a raised fourth and a lowered seventh respectively.',
    },
    {
      kind: 'single',
      question: 'Which note gives the Lydian mode its characteristic floating sound, compared with the major scale?',
      choices: ['A lowered seventh', 'A raised sixth', 'A lowered second', 'A raised fourth'],
      answers: [3],
      explanation:
        'Lydian is the major scale with a raised fourth (F♯ in C Lydian). A lowered seventh is Mixolydian’s mark, a lowered second Phrygian’s, and the raised sixth belongs to Dorian, compared with natural minor.',
    },
    {
      kind: 'single',
      question: 'Which set of notes is the A blues scale?',
      choices: ['A C D E♭ E G', 'A B C D E F G', 'A C D E G', 'A B C♯ E F♯'],
      answers: [0],
      explanation:
        'The blues scale is the minor pentatonic (A C D E G) with the flattened fifth, E♭, added. A B C D E F G is natural minor, A C D E G is the minor pentatonic alone, and A B C♯ E F♯ is A major pentatonic.',
    },
  ],
};

const chords: LessonSeed = {
  key: 'music_theory_chords',
  title: 'Chords: triads, sevenths and inversions',
  summary:
    'How chords are stacked from thirds: the four triads, the five common seventh chords, their intervals and spellings, inversions, and what each quality sounds like.',
  difficulty: 'intermediate',
  duration_minutes: 8,
  content_markdown: `A chord is three or more notes sounding together. In most Western music, from hymns to jazz, chords are built by stacking **thirds**: take a note, add the note a third above it, then the note a third above that. Because each third can be major or minor, a small number of combinations gives you all the everyday chord qualities. This lesson builds them, spells them, and describes how each one sounds so you can name them in the chord drills.

## Triads: root, third and fifth

A three-note chord built in thirds is a **triad**. Its notes are named by their interval above the lowest note of the stack:

- the **root**, which names the chord;
- the **third**, a third above the root;
- the **fifth**, a fifth above the root.

On white keys, stacking thirds from C gives C–E–G; from D, D–F–A; from B, B–D–F. Each has a different mix of major and minor thirds, and that mix is the chord's **quality**.

## The four triad qualities

| Quality | Stack (bottom to top) | Root to fifth | Semitones from root | On C | Symbol |
| --- | --- | --- | --- | --- | --- |
| Major | M3 + m3 | P5 | 0, 4, 7 | C E G | C |
| Minor | m3 + M3 | P5 | 0, 3, 7 | C E♭ G | Cm |
| Diminished | m3 + m3 | d5 | 0, 3, 6 | C E♭ G♭ | Cdim or C° |
| Augmented | M3 + M3 | A5 | 0, 4, 8 | C E G♯ | Caug or C+ |

Two things separate the four:

- The **third** above the root decides major or minor colour: a major third (4 semitones) in major and augmented triads, a minor third (3) in minor and diminished ones.
- The **fifth** decides stability: major and minor triads have a perfect fifth; the diminished triad's fifth is a semitone smaller, the augmented triad's a semitone larger.

Note the spellings. C diminished is C E♭ G♭, not C E♭ F♯, because its top note must be a fifth (some kind of G). C augmented is C E G♯, not C E A♭, for the same reason.

## What the triads sound like

Descriptions of sound are always approximate, but these are widely shared:

- **Major:** bright, open and stable. It sounds finished; most pieces in major keys end on one.
- **Minor:** darker and softer, often heard as sad or serious, but still stable and able to end a piece.
- **Diminished:** tight, tense and unstable. The two minor thirds squeeze together and the chord seems to want to move somewhere else.
- **Augmented:** stretched, unresolved and a little eerie, as if suspended in mid-air. It is the rarest of the four in simple music.

The augmented triad is **symmetrical**: its two major thirds, plus the major third from its top note back up to the octave, divide the octave into three equal parts. C E G♯ contains the same sounds as E G♯ B♯ and A♭ C E, so there are only four different-sounding augmented triads in all.

## Triads in a key

Build a triad on each degree of the major scale, using only the scale's notes, and you get a fixed pattern. In C major:

- **I** C major, **ii** D minor, **iii** E minor, **IV** F major, **V** G major, **vi** A minor, **vii°** B diminished.

Roman numerals count the scale degree; upper case means major, lower case minor, ° diminished. The pattern is the same in every major key: major on 1, 4 and 5; minor on 2, 3 and 6; diminished on 7.

In a minor key the harmonic minor scale, with its raised seventh, produces a major V (E G♯ B in A minor), a diminished vii° (G♯ B D) and the augmented triad on III (C E G♯). That is where augmented triads most naturally appear.

## Seventh chords

Stack one more third on a triad and you reach the note a seventh above the root: a **seventh chord**. The five common types combine a triad with a major, minor or diminished seventh:

| Name | Triad + seventh | Semitones from root | On C | Common symbols |
| --- | --- | --- | --- | --- |
| Dominant seventh | major triad + m7 | 0, 4, 7, 10 | C E G B♭ | C7 |
| Major seventh | major triad + M7 | 0, 4, 7, 11 | C E G B | Cmaj7, CΔ7 |
| Minor seventh | minor triad + m7 | 0, 3, 7, 10 | C E♭ G B♭ | Cm7, C–7 |
| Half-diminished seventh | diminished triad + m7 | 0, 3, 6, 10 | C E♭ G♭ B♭ | Cm7♭5, Cø7 |
| Diminished seventh | diminished triad + d7 | 0, 3, 6, 9 | C E♭ G♭ B♭♭ | Cdim7, C°7 |

Two details are easy to get wrong:

- "C7" always means the **dominant** seventh, with a **minor** seventh (B♭). The chord with B natural is Cmaj7.
- The diminished seventh of C is **B double flat** (B♭♭), not A. It sounds the same as A, but a seventh chord's top note must be a kind of B; C up to A would be a sixth.

In C major, building seventh chords on each degree gives **Cmaj7, Dm7, Em7, Fmaj7, G7, Am7 and Bø7**. Within a major key the dominant seventh occurs only on the fifth degree, the dominant, which is where it gets its name. The fully diminished seventh comes from harmonic minor: on the raised seventh degree of A minor it is **G♯ B D F**.

## What the seventh chords sound like

- **Dominant seventh:** a major chord with a bluesy edge and a strong pull. Between its third and seventh lies a tritone (B and F in G7), and that tension is released when the chord moves to the chord a fifth below (G7 to C). In blues, dominant sevenths are used as stable chords in their own right.
- **Major seventh:** soft, lush and a little wistful. The seventh sits a semitone below the octave of the root, a gentle clash rather than a tense one; it is a staple of jazz, bossa nova and soul ballads.
- **Minor seventh:** mellow and smooth, less heavy than the plain minor triad. It is everywhere in jazz, where it often opens the ii–V–I progression (Dm7, G7, Cmaj7 in C).
- **Half-diminished seventh:** darker and more unsettled than minor seventh, yet gentler than a full diminished seventh. In minor keys it often appears on the second degree, leading to the dominant.
- **Diminished seventh:** intensely tense and dramatic. It is built entirely of minor thirds, so like the augmented triad it is symmetrical: it divides the octave into four equal parts, and only three different-sounding diminished seventh chords exist.

## Inversions

The notes of a chord do not have to appear with the root at the bottom. Which note is in the **bass** (the lowest sounding note) decides the chord's **inversion**:

- **Root position:** root in the bass. C E G.
- **First inversion:** third in the bass. E G C, written **C/E**.
- **Second inversion:** fifth in the bass. G C E, written **C/G**.
- **Third inversion** (seventh chords only): seventh in the bass. B♭ C E G, written **C7/B♭**.

The slash means "this chord over this bass note". In classical analysis you will also meet figures instead: 6 for a first-inversion triad and 6/4 for a second inversion; 6/5, 4/3 and 4/2 for the three inversions of a seventh chord.

Inverting a chord never changes its **quality**: C/E is still a C major chord. It does change the colour and the sense of weight. Root position sounds the most solid; first inversion lighter and more mobile; second inversion unstable, often passing or waiting to resolve. Inversions also let chords connect smoothly, so that each voice moves by a small step. Above the bass, the other notes can be arranged in any order and octave without changing the inversion.

## Hearing chord qualities

When you listen for a chord's quality, work in layers:

1. **Major or minor colour?** Listen to the overall brightness. If you cannot tell, sing the lowest note and then find the middle note of the triad: is it 4 semitones up (major) or 3 (minor)?
2. **Stable or not?** Major and minor triads feel at rest. If the chord feels squeezed and tense, suspect diminished; if it feels stretched and hovering, suspect augmented.
3. **Is there a fourth note?** A seventh adds a layer above the triad. Decide the triad first, then the seventh: a major triad with a bluesy pull is dominant seventh, a major triad with a soft shimmer is major seventh, a minor triad with a mellow top is minor seventh.
4. **Break it up.** If a block chord is hard to read, play or imagine it as an arpeggio, one note at a time from the bottom, and hear the thirds.

## Try it

1. Spell these triads, then check the semitones on a keyboard: D major, E minor, F♯ diminished, A♭ augmented. (D F♯ A; E G B; F♯ A C; A♭ C E.)
2. Spell G7, Fmaj7, Dm7, Bø7 and B°7. (G B D F; F A C E; D F A C; B D F A; B D F A♭.)
3. Play C major in root position, first inversion and second inversion. Listen to how the bass note changes the feel while the chord stays the same.
4. Play C, Cm, Cdim and Caug one after the other, slowly, several times. Say each name aloud as you play it.
5. Then play a round of the chord-quality drills in this topic, naming the triad colour before you decide on the details.

## Key points

- Triads stack two thirds: major (M3 + m3), minor (m3 + M3), diminished (m3 + m3), augmented (M3 + M3).
- From the root: major 0-4-7, minor 0-3-7, diminished 0-3-6, augmented 0-4-8 semitones.
- In a major key: I, IV and V are major; ii, iii and vi minor; vii° diminished.
- Seventh chords: dominant 7 (major + m7), major 7 (major + M7), minor 7 (minor + m7), half-diminished (diminished + m7), diminished 7 (diminished + d7).
- Inversions put the third, fifth or seventh in the bass; the quality stays the same.
- Hear the third for major or minor, the fifth for stability, then the seventh.`,
  quiz: [
    {
      kind: 'single',
      question: 'Which triad is built from two stacked minor thirds?',
      choices: ['Augmented', 'Minor', 'Diminished', 'Major'],
      answers: [2],
      explanation:
        'Two minor thirds (3 + 3 semitones) give a diminished triad, whose root-to-fifth interval is a diminished fifth, 6 semitones. A minor triad is a minor third then a major third; augmented is two major thirds.',
    },
    {
      kind: 'multiple',
      question:
        'Choose all that apply: which seventh chords have a minor seventh (10 semitones) between root and seventh?',
      choices: ['Dominant seventh', 'Major seventh', 'Minor seventh', 'Half-diminished seventh', 'Diminished seventh'],
      answers: [0, 2, 3],
      explanation:
        'Dominant, minor and half-diminished sevenths all have a minor seventh on top. The major seventh chord has a major seventh (11 semitones) and the diminished seventh chord a diminished seventh (9 semitones).',
    },
    {
      kind: 'single',
      question: 'What are the notes of G7?',
      choices: ['G B D F', 'G B D F♯', 'G B♭ D F', 'G B D♯ F'],
      answers: [0],
      explanation:
        'G7 is a dominant seventh: a G major triad (G B D) plus a minor seventh, F. G B D F♯ is Gmaj7, and G B♭ D F is Gm7.',
    },
    {
      kind: 'single',
      question: 'A C major chord is played with E as its lowest note (E G C). What is it called?',
      choices: ['Root position', 'Second inversion', 'E minor', 'First inversion'],
      answers: [3],
      explanation:
        'With the third (E) in the bass, a triad is in first inversion, written C/E. Second inversion puts the fifth, G, in the bass. The notes are still C, E and G, so it is not an E minor chord (E G B).',
    },
    {
      kind: 'single',
      question: 'Why is the top note of C diminished seventh spelled B♭♭ (B double flat) rather than A?',
      choices: [
        'B♭♭ is slightly lower than A and makes the chord more tense.',
        'The chord is stacked in thirds, so its seventh must be a kind of B; C up to A would be a sixth.',
        'A is not part of any diminished chord.',
        'Double flats are used to show that the chord is in a minor key.',
      ],
      answers: [1],
      explanation:
        'Chords are built in thirds (C, E, G, B), so the seventh above C has the letter B. Lowering B by two semitones gives the diminished seventh, B♭♭, which sounds the same as A but is spelled as a seventh.',
    },
  ],
};

const rhythmAndMetre: LessonSeed = {
  key: 'music_theory_rhythm_and_metre',
  title: 'Rhythm and metre',
  summary:
    'Note values and rests, dots and ties, time signatures in simple and compound metre, tempo in BPM, triplets, and counting subdivisions aloud with "1 e & a".',
  difficulty: 'intermediate',
  duration_minutes: 8,
  content_markdown: `Pitch tells you which notes to play; rhythm tells you when, and for how long. Underneath almost all music runs a steady **beat**, the pulse you tap your foot to. **Metre** groups those beats into a repeating pattern of strong and weak, and **rhythm** is the pattern of long and short sounds laid over them. This lesson covers how written rhythm works and, more importantly, how to count it out loud, which is the skill the rhythm drills in this topic practise.

## Beat and tempo

The **tempo** is the speed of the beat, measured in **beats per minute (BPM)**. At 60 BPM there is one beat each second; at 120 BPM, two beats each second. A metronome, or a metronome app, clicks at any BPM you set, and practising with one is the most direct way to make your sense of time steady.

Older scores, and many current ones, give the tempo in Italian words instead of or as well as a number. The common ones, from slow to fast:

- **Largo** and **Adagio:** slow.
- **Andante:** at a walking pace.
- **Moderato:** moderate.
- **Allegro:** fast and lively.
- **Presto:** very fast.

These words describe a character as much as a speed, so performers interpret them differently; a BPM marking is the precise instruction.

## Note values and rests

Written rhythm uses a family of note values in which each one is half the length of the one before. The names differ between American and British usage; both are common.

| American name | British name | Looks like | Length in quarter-note beats |
| --- | --- | --- | --- |
| Whole note | Semibreve | open note head, no stem | 4 |
| Half note | Minim | open head with a stem | 2 |
| Quarter note | Crotchet | filled head with a stem | 1 |
| Eighth note | Quaver | filled head, stem, one flag or beam | ½ |
| Sixteenth note | Semiquaver | filled head, stem, two flags or beams | ¼ |

Groups of eighth and sixteenth notes are usually joined by **beams** (thick lines across their stems) instead of separate flags, so that each beat's notes are grouped together and easy to read.

Every note value has a matching **rest**, a silence of the same length. A whole rest hangs down from a line of the staff; a half rest sits on top of a line; a quarter rest is a zigzag shape; eighth and sixteenth rests have one and two small flags. A whole rest is also used to mean "silent for the whole bar" in any time signature.

## Dots and ties

A **dot** after a note adds half of that note's own value:

- A dotted half note lasts 2 + 1 = **3** beats.
- A dotted quarter note lasts 1 + ½ = **1½** beats.
- A dotted eighth lasts ½ + ¼ = **¾** of a beat, the length of three sixteenths.

A second dot adds half of what the first dot added, so a double-dotted half note lasts 2 + 1 + ½ = 3½ beats. Dots work on rests in the same way.

A **tie** is a curved line joining two notes of the **same pitch**. You play the first note and hold it through the second, without striking it again; the lengths add up. Ties are needed whenever a note has to last across a barline, or when a length cannot be written as a single note value. Do not confuse a tie with a **slur**, a similar curve over notes of different pitches that asks for them to be played smoothly connected.

## Bars and time signatures

Music is divided into **bars** (also called measures) by vertical **barlines**. The **time signature** at the start of a piece shows two stacked numbers:

- The **bottom number** names a note value: 4 for quarter notes, 2 for half notes, 8 for eighth notes.
- The **top number** says how many of those fill each bar. In simple metres they are the beats: 3/4 is three quarter-note beats per bar.

The common simple metres:

- **4/4:** four quarter-note beats per bar. It is also written as a large **C** and called "common time". Most pop and rock is in 4/4.
- **3/4:** three beats per bar, with a strong first beat: the metre of the waltz.
- **2/4:** two beats per bar, as in many marches.
- **2/2:** two half-note beats per bar, also written **¢** and called "cut time". It looks like 4/4 on the page but is felt in two.

Beats are not equal in weight. In 4/4 the first beat of the bar, the **downbeat**, is the strongest, and the third is next. In much popular music the drummer accents beats 2 and 4, the **backbeat**, which gives it its forward drive.

## Simple and compound metre

In a **simple** metre, each beat divides naturally into **two** equal parts: a quarter-note beat into two eighths.

In a **compound** metre, each beat divides into **three**. The beat is then a dotted note, and the time signature counts the divisions rather than the beats:

- **6/8:** six eighth notes per bar, grouped 3 + 3, so **two** dotted-quarter beats.
- **9/8:** three dotted-quarter beats.
- **12/8:** four dotted-quarter beats; common in slow blues and soul ballads.

3/4 and 6/8 both hold six eighth notes in a bar. The difference is not how many notes fit but how you group and feel them. 3/4 groups them 2 + 2 + 2, three beats: **ONE** and **TWO** and **THREE** and. 6/8 groups them 3 + 3, two beats: **ONE** two three **FOUR** five six.

Metres with five or seven counts, such as 5/4 or 7/8, also exist. They are usually felt as a mix of groups of two and three, for example 3 + 2 or 2 + 2 + 3.

## Counting subdivisions: "1 e & a"

Counting aloud is how musicians keep their place and read rhythms accurately. In 4/4, the syllables are:

- **Quarter notes:** "1, 2, 3, 4", one syllable per beat.
- **Eighth notes:** "1 & 2 & 3 & 4 &". The "&" (said "and") falls exactly halfway through each beat.
- **Sixteenth notes:** "1 e & a, 2 e & a, 3 e & a, 4 e & a", said "one-ee-and-uh". Each beat has four equal parts: the number, "e", "&" and "a".

Once you can count sixteenths evenly, you can place any common rhythm by speaking only the syllables where notes begin:

- An eighth then two sixteenths: "1 & a".
- Two sixteenths then an eighth: "1 e &".
- A dotted eighth then a sixteenth: "1 a", with the long note on the number and the short one just before the next beat.
- A dotted quarter then an eighth: "1 (2) &", the long note held through the first half of beat 2 and the short one on the "&" of 2.

Playing a note on an "&" or an "e" or "a" and holding it across the next beat, so that the accent falls where you did not expect it, is a common form of **syncopation**: stressing a weak part of the beat or bar. Ties often show it on the page.

## Triplets

A **triplet** squeezes three notes into the time normally taken by two of the same kind. It is written with a small **3** over the group, often with a bracket.

- **Eighth-note triplets:** three eighths in one quarter-note beat, instead of the usual two. Count them "1-trip-let, 2-trip-let", or "1 & a" with all three syllables evenly spaced.
- **Quarter-note triplets:** three quarters in the time of two, that is across a half note. They feel like they float across the beat, which makes them harder to place; count eighth-note triplets underneath and play every other one.

Triplets borrow the division into three from compound metre and use it briefly inside simple metre. The difference between two even eighths and three triplet eighths in a beat is one of the first things to train your ear to hear. The long-short "swing" feel of jazz is often explained as a triplet with its first two parts tied, though players vary the exact ratio.

## Try it

1. Set a metronome to 80 BPM. Clap once per click and count "1 2 3 4" aloud for two bars, then count and clap "1 & 2 &" for two bars, then "1 e & a" for two bars, keeping the click steady while the subdivisions get faster.
2. Now alternate one bar of eighths ("1 & 2 & 3 & 4 &") with one bar of eighth-note triplets ("1-trip-let 2-trip-let ..."). Make the change land exactly on beat 1.
3. Count six eighths, first as 3/4 (stress 1, 3 and 5) and then as 6/8 (stress 1 and 4). Listen for how the same six clicks feel like three beats and then like two.
4. Work out how long a bar of 4/4 lasts at 120 BPM (two seconds) and at 60 BPM (four seconds). Then try the rhythm drills in this topic, counting the subdivisions under your breath.

## Key points

- Tempo is measured in beats per minute: 60 BPM is one beat a second, 120 BPM two.
- Each note value is half the previous one: whole, half, quarter, eighth, sixteenth; every note has a matching rest.
- A dot adds half the note's value; a tie joins two notes of the same pitch into one longer sound.
- In a time signature the bottom number names a note value and the top number how many of them fill a bar; in simple metre those are the beats.
- Simple metres divide the beat into two; compound metres such as 6/8, 9/8 and 12/8 divide a dotted beat into three.
- Count quarters "1 2 3 4", eighths "1 & 2 &", sixteenths "1 e & a", and eighth-note triplets "1-trip-let".`,
  quiz: [
    {
      kind: 'single',
      question: 'In 4/4, how many beats does a dotted half note last?',
      choices: ['2', '2½', '3', '4'],
      answers: [2],
      explanation:
        'A half note lasts 2 beats and the dot adds half of that, 1 more, for 3. Two and a half would be a half note tied to an eighth note.',
    },
    {
      kind: 'multiple',
      question:
        'Choose all that apply: which of these time signatures are compound metres, with each beat divided into three?',
      choices: ['6/8', '3/4', '12/8', '4/4', '9/8'],
      answers: [0, 2, 4],
      explanation:
        '6/8, 9/8 and 12/8 group eighth notes in threes, giving two, three and four dotted-quarter beats. 3/4 and 4/4 are simple metres: each quarter-note beat divides into two.',
    },
    {
      kind: 'single',
      question: 'At 120 BPM, how long does one bar of 4/4 last?',
      choices: ['1 second', '4 seconds', '½ second', '2 seconds'],
      answers: [3],
      explanation:
        'At 120 BPM there are two beats each second, so each beat lasts half a second and four beats last 2 seconds. Four seconds would be the length of the bar at 60 BPM.',
    },
    {
      kind: 'single',
      question: 'When you count sixteenth notes as "1 e & a", which syllable falls exactly halfway through the beat?',
      choices: ['&', 'e', 'a', 'The number'],
      answers: [0],
      explanation:
        'The four sixteenths of a beat fall on the number, "e", "&" and "a", in that order, so "&" is the third of four and lands halfway through, in the same place as the second eighth note. "e" is a quarter of the way through and "a" three quarters.',
    },
    {
      kind: 'single',
      question: 'What does an eighth-note triplet do?',
      choices: [
        'It plays three eighth notes, each lasting a full beat.',
        'It fits three eighth notes into the time of two, one quarter-note beat.',
        'It repeats a group of eighth notes three times.',
        'It changes the time signature to 3/8 for one bar.',
      ],
      answers: [1],
      explanation:
        'A triplet squeezes three notes into the time normally taken by two of the same kind: three eighths fill one quarter-note beat, instead of the usual two. The time signature does not change.',
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
  lessons: [notesAndKeyboard, intervals, scalesAndModes, chords, rhythmAndMetre],
  drills: musicDrills,
};
