import type { TopicSeed } from './types';

export const mindfulnessTopic: TopicSeed = {
  key: 'mindfulness',
  name: 'Mindfulness',
  description: 'Attention training you can practise anywhere: breath, body, thoughts and the everyday.',
  icon: 'leaf',
  color: '#0d9488',
  skill: 'focus',
  lessons: [
    {
      key: 'mindfulness_what_it_is',
      title: 'What mindfulness is',
      summary:
        'Mindfulness is paying attention on purpose to what is happening now, noticing when attention wanders and gently bringing it back. Here is what that means, and what it does not.',
      difficulty: 'beginner',
      duration_minutes: 6,
      content_markdown: `Mindfulness has become a familiar word, used for everything from meditation apps to colouring books. Underneath the marketing is a simple and practical skill: paying attention, on purpose, to what is happening right now, and noticing with some curiosity rather than judgement. This topic treats mindfulness as attention training. Like any training, it is built through regular practice, and the practice is more modest and more ordinary than its reputation suggests.

One note before you begin. Mindfulness practice is not a treatment for any condition and is not a substitute for care. If you are struggling with your mental health, or if practice brings up distress that does not settle, please talk to a doctor or a qualified mental-health professional.

## Attention on purpose

Most of the time your attention is pulled around by whatever is loudest: a notification, a worry about tomorrow, a conversation you replay from last week. That is not a flaw; it is how minds work. Mindfulness adds a second possibility. Instead of attention only being pulled, you can also place it somewhere deliberately, and keep returning it there.

The object you attend to can be almost anything that is happening now:

- the sensations of breathing;
- sounds around you;
- the feeling of your feet on the floor;
- the taste of a mouthful of food;
- thoughts and feelings as they arise.

What makes it mindfulness is not the object. It is the quality of the attention: deliberate, present and open.

## Noticing and returning

Here is the most important idea in this lesson. When you try to keep your attention on something, such as your breath, it will wander. Within seconds or minutes you will find yourself planning dinner or rehearsing an argument. This is not failure. It is the practice.

The skill has three small steps, repeated over and over:

1. **Attend** to your chosen object.
2. **Notice** that your attention has moved somewhere else.
3. **Return** it, gently, to the object.

The moment of noticing is valuable in itself. Each time you notice and return, you are exercising the ability to recognise where your attention is and to redirect it. People often compare this to a repetition in the gym: the wandering is the weight, and the returning is the lift. A session in which your mind wandered fifty times and you brought it back fifty times is a session of fifty repetitions, not a bad session.

## An attitude of curiosity and kindness

How you return matters. Many people greet a wandering mind with irritation: "I can't even do this right." That reaction adds a layer of struggle on top of the original distraction. Mindfulness practice encourages a different attitude:

- **Curiosity.** Treat what you notice as interesting information rather than a problem. "Ah, planning again."
- **Non-judgement.** You do not have to decide whether an experience is good or bad before you notice it. You can simply register it.
- **Patience.** Attention is trained slowly. There is no finish line where your mind stops wandering.
- **Kindness.** Return your attention the way you might guide a puppy back to its bed: firmly, without harshness.

Non-judgement does not mean approving of everything or having no preferences. It means noticing first, before the automatic commentary takes over.

## What mindfulness is not

Several common ideas about mindfulness get in the way of practice. It helps to set them aside early.

- **It is not emptying your mind.** Thoughts will keep arising. The aim is to notice them, not to stop them.
- **It is not forcing relaxation.** Sometimes practice feels calm; sometimes it feels restless or dull. All of these are things to notice. Trying hard to feel relaxed tends to produce tension.
- **It is not positive thinking.** You are not replacing unpleasant thoughts with pleasant ones. You are seeing more clearly what is already there.
- **It is not a way of escaping life.** Formal practice is a time set aside, but the point is to bring clearer attention back into ordinary life.
- **It is not a religion or belief system.** Mindfulness practices have roots in contemplative traditions, especially Buddhist meditation, but as taught here they need no particular beliefs.
- **It is not a cure.** It is a skill of attention. It is not a treatment, and it does not replace professional help.

## Where mindfulness comes from

Attention practices like these have been developed over centuries in contemplative traditions. In the late twentieth century, teachers adapted them for secular settings. A well-known example is the Mindfulness-Based Stress Reduction programme, an eight-week course that Jon Kabat-Zinn developed in the United States in 1979. Many of the exercises you will meet in this topic, such as sitting with the breath and the body scan, are similar to those taught in such courses.

You do not need to know this history to practise. It is enough to know that the exercises are not new inventions, and that they have been taught in broadly similar ways to many people.

## Formal and informal practice

There are two complementary ways to practise.

**Formal practice** is time you set aside specifically for training attention: sitting with the breath for ten minutes, or lying down for a body scan. It is like a workout, where you do focused repetitions in a protected setting.

**Informal practice** is bringing the same quality of attention to ordinary activities: really tasting your coffee, feeling the water while you wash your hands, listening fully while someone speaks. It is like taking the stairs: training woven into your day.

Both matter. Formal practice builds the skill in quiet conditions; informal practice carries it into the moments where you actually live. Later lessons cover both.

## How much, and how often

Regularity matters more than length. A few minutes most days will teach you more than an hour once a month. Many people start with five to ten minutes a day and lengthen sessions only when that feels easy to sustain.

Some practical suggestions:

- **Attach practice to something you already do**, such as after your morning coffee or before you open your laptop.
- **Use a gentle timer** so you are not checking the clock.
- **Keep expectations low.** Some sessions will feel scattered. They still count.

## Try it

Set a timer for three minutes and sit comfortably.

1. Choose sounds as your object. Let your ears receive whatever is there: traffic, a fridge humming, your own breathing.
2. You do not need to name or judge the sounds. Just notice them arriving and fading.
3. When you find yourself thinking about something else, notice that, and come back to listening.
4. When the timer ends, make a rough guess of how many times you noticed your mind had wandered.

Whatever the number, each one was a repetition of noticing and returning.

## Key points

- Mindfulness is paying attention on purpose to what is happening now, with curiosity rather than judgement.
- The core skill is a loop: attend, notice that attention has wandered, and return.
- A wandering mind is not failure; each return is a repetition of the skill.
- Mindfulness is not emptying the mind, forcing relaxation or positive thinking, and it is not a treatment.
- Formal practice sets time aside; informal practice brings the same attention into daily life.
- Short, regular sessions are more useful than long, occasional ones.
- For mental-health concerns, talk to a qualified professional.
`,
      quiz: [
        {
          kind: 'single',
          question: 'Which description best matches mindfulness as this lesson presents it?',
          choices: [
            'Emptying the mind of all thoughts',
            'Paying attention on purpose to what is happening now, with curiosity rather than judgement',
            'Replacing negative thoughts with positive ones',
            'A treatment for stress and anxiety',
          ],
          answers: [1],
          explanation:
            'The lesson defines mindfulness as deliberate, present, open attention. It is explicitly not emptying the mind, not positive thinking and not a treatment.',
        },
        {
          kind: 'single',
          question: 'During a ten-minute practice your mind wanders many times. How does the lesson describe this?',
          choices: [
            'A sign that mindfulness is not for you',
            'A reason to stop and try again another day',
            'Part of the practice: each time you notice and return is a repetition',
            'Something to prevent by concentrating harder',
          ],
          answers: [2],
          explanation:
            'Wandering is expected. Noticing it and returning is the skill being trained, much like repetitions in the gym.',
        },
        {
          kind: 'multiple',
          question: 'Which of these are things mindfulness is NOT, according to the lesson? (Choose all that apply.)',
          choices: [
            'Forcing yourself to relax',
            'Noticing what is happening now',
            'A substitute for professional mental-health care',
            'Emptying your mind',
            'Returning attention when it wanders',
          ],
          answers: [0, 2, 3],
          explanation:
            'Mindfulness is not forced relaxation, not a substitute for care and not emptying the mind. Noticing the present and returning wandering attention are exactly what it is.',
        },
        {
          kind: 'single',
          question: 'Which of these is an example of informal practice?',
          choices: [
            'Really tasting your morning coffee as you drink it',
            'A ten-minute sitting practice with the breath',
            'A body scan lying down with a timer',
            'Reading about the history of meditation',
          ],
          answers: [0],
          explanation:
            'Informal practice brings mindful attention to everyday activities. Sitting with the breath and the body scan are formal practice, and reading about history is not practice at all.',
        },
        {
          kind: 'single',
          question: 'What does the lesson recommend about how often and how long to practise?',
          choices: [
            'One long session a month is enough',
            'At least an hour every day from the start',
            'Only practise when you feel calm',
            'A few minutes most days, lengthening only when that is easy to sustain',
          ],
          answers: [3],
          explanation:
            'Regularity matters more than length. Short, frequent sessions build the skill; long, rare ones do less.',
        },
      ],
    },
  ],
  drills: [],
};
