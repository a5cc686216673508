import type { TopicSeed } from './types';

export const habitsTopic: TopicSeed = {
  key: 'habit_science',
  name: 'Habit science',
  description: 'How habits form and how to shape them: cues, routines, rewards, friction and the long middle.',
  icon: 'repeat',
  color: '#16a34a',
  skill: 'discipline',
  lessons: [
    {
      key: 'habit_science_how_habits_form',
      title: 'How habits form',
      summary:
        'Habits are actions triggered by context and learned through repetition. Learn the cue, routine and reward loop, and what research says about how long automaticity takes.',
      difficulty: 'beginner',
      duration_minutes: 6,
      content_markdown: `Think about what you did this morning between waking up and leaving the house or sitting down to work. Much of it probably happened without a decision: you reached for your phone, walked to the kitchen, made a drink the way you always make it. You did not weigh the options. The situation itself set the actions in motion. That is a habit, and a large share of everyday behaviour works this way. This lesson explains what habits are, how they form, and why building one takes longer, and is more forgiving, than popular advice often suggests.

## What a habit is

In everyday speech, a habit is anything you do regularly. Psychologists use the word more precisely: a habit is a behaviour that is triggered automatically by a familiar context, because it has been repeated in that context many times. Two ideas are packed into that definition.

- **Automatic.** A habitual action starts with little conscious thought. You may notice you are doing it only once you have begun, like finding yourself at the fridge during a break.
- **Triggered by context.** The starting signal is something in the situation: a place, a time, a preceding action, a mood, the people around you.

Regularity alone does not make a habit. You might go to the gym every week through sheer willpower, deciding afresh each time. That is a routine you keep, not yet a habit. It becomes a habit when arriving home from work on a Tuesday makes reaching for your gym bag feel like the obvious next thing.

## The habit loop

A common way to describe how a habit works is as a loop of three parts, a model popularised by the journalist Charles Duhigg in his 2012 book The Power of Habit:

1. **Cue.** Something in the context signals that it is time to act: the alarm goes off, you sit at your desk, you feel bored.
2. **Routine.** The behaviour itself: making coffee, opening email, checking social media.
3. **Reward.** Something that makes the behaviour feel worth it: the taste and warmth of the coffee, the small relief of knowing nothing urgent has arrived, the moment of novelty.

The reward is what teaches the loop. When an action is followed by something pleasant or relieving, you become a little more likely to repeat it the next time the same cue appears. Repeat the sequence enough times and the link between cue and routine strengthens until the cue alone is enough to start the action, even on days when you do not particularly want the reward.

Some writers add further steps, such as a craving between cue and routine. The details vary between models, but they share the same core: a cue in the context, an action, and a consequence that makes the action more likely next time.

## Context and repetition

Two ingredients build a habit: **repetition** and a **stable context**. Doing something many times is not enough if each time happens in different circumstances; your brain has no consistent cue to attach it to. Doing it in the same place, at the same time, or straight after the same preceding action gives the behaviour a reliable trigger.

This explains some everyday experiences:

- **Habits are easier to start when life is stable** and harder during travel, illness or a change of job, because the usual cues disappear.
- **Changing context can loosen old habits.** After a move or a new job, old routines often lapse, because the cues that triggered them are gone. That makes such moments a useful window for building new habits deliberately.
- **Habits do not depend on motivation once they are formed.** Research on habits consistently finds that strong habits carry on in their usual context even when a person's intentions change. That is frustrating when a habit is one you want to break, and extremely useful when it is one you want to keep.

## How long does it take?

You may have heard that a habit takes 21 days to form. That figure is not supported by research on habit formation. The best-known study of the question is by Phillippa Lally and colleagues at University College London, published in 2010.

In that study, volunteers chose a simple eating, drinking or activity behaviour, for instance eating a piece of fruit with lunch or going for a run before dinner, and carried it out daily in the same context. Each day they rated how automatic the behaviour felt. Several findings stand out:

- **Automaticity rose steadily and then levelled off.** Early repetitions gave the biggest gains; later ones added less and less, until the behaviour reached a plateau.
- **It took time.** For the participants who reached a plateau, the median time was 66 days.
- **The range was wide,** from 18 to 254 days depending on the person and the behaviour.
- **Missing a single day did not materially affect the process.** One lapse did not reset progress.

The practical message is twofold. Expect a new habit to need weeks to months of repetition, not a few days, and do not be discouraged when it still feels effortful after three weeks. And do not treat a missed day as a disaster; what counts is the overall pattern of repetition in a consistent context.

## Habits are efficient, not good or bad

Your brain forms habits because they save effort. Acting on autopilot frees attention for things that are new or difficult. The same mechanism builds habits you value, such as brushing your teeth or stretching after a run, and habits you would rather lose, such as checking your phone each time a conversation pauses.

Understanding the loop gives you two levers. To build a habit, you arrange a clear cue, a manageable routine and a prompt reward, then repeat it in a stable context. To weaken an unwanted habit, you change or avoid its cues, make the routine harder, or replace it with another routine that answers the same cue. The following lessons look at each of these levers in turn.

## Try it

Spend ten minutes today on two short exercises.

1. **Map an existing habit.** Pick something you do automatically, good or bad. Write down its cue (where, when, what happened just before, how you felt), the routine, and the reward you get from it. Be honest about the reward; it often is not the obvious one.
2. **Choose a small new habit.** Pick one behaviour you would like to make automatic. Make it small enough to do on your worst day: one push-up, two minutes of reading, filling a water glass. Decide the context it will follow, such as "after I pour my morning coffee".
3. Do it in that context today, and plan to repeat it every day for the next few weeks. Mark each day you do it.

## Key points

- A habit is a behaviour triggered automatically by a familiar context, learned through repetition in that context.
- The habit loop: a cue in the context, a routine, and a reward that makes the routine more likely next time.
- Repetition in a stable context is what builds a habit; changes of context can both disrupt old habits and open a window for new ones.
- In Lally and colleagues' 2010 study, automaticity took a median of 66 days to plateau, with a range of 18 to 254 days, and a single missed day did not materially affect progress.
- Habits are the brain's way of saving effort; the same mechanism builds the ones you want and the ones you do not.`,
      quiz: [
        {
          kind: 'single',
          question: 'Which description best matches how psychologists define a habit?',
          choices: [
            'Anything you do at least once a week',
            'A behaviour triggered automatically by a familiar context after many repetitions',
            'A behaviour you perform only when strongly motivated',
            'A behaviour that is bad for you',
          ],
          answers: [1],
          explanation:
            'A habit is automatic and cued by context. Regularity alone is not enough: something done through fresh willpower each time is a routine you keep, not yet a habit.',
        },
        {
          kind: 'single',
          question: 'In the habit loop, what role does the reward play?',
          choices: [
            'It signals that it is time to act',
            'It is the behaviour itself',
            'It makes the behaviour more likely to follow the same cue next time',
            'It replaces the need for a cue once the habit is formed',
          ],
          answers: [2],
          explanation:
            "A pleasant or relieving consequence teaches the loop: it strengthens the link between cue and routine. Signalling is the cue's role, and the behaviour is the routine.",
        },
        {
          kind: 'multiple',
          question: "Which of these were findings of Lally and colleagues' 2010 study? Choose all that apply.",
          choices: [
            'The median time for automaticity to plateau was 66 days',
            'Every habit formed in exactly 21 days',
            'The time varied widely, from 18 to 254 days',
            'Missing a single day did not materially affect the process',
          ],
          answers: [0, 2, 3],
          explanation:
            'The study found a median of 66 days with a wide range, and a single missed opportunity did not reset progress. The 21-day figure is not supported by it.',
        },
        {
          kind: 'single',
          question: 'Why can moving house or starting a new job be a good moment to build a new habit?',
          choices: [
            'Motivation is always highest after a move',
            'New places make repetition unnecessary',
            'Habits can only form in unfamiliar places',
            'The old cues that triggered previous routines are gone, so routines are easier to reshape',
          ],
          answers: [3],
          explanation:
            'Habits are tied to their context. When the context changes, old cues disappear and old routines often lapse, which leaves room to build new ones deliberately.',
        },
        {
          kind: 'single',
          question: 'According to the lesson, what happens to a strong habit when your intentions change?',
          choices: [
            'It tends to carry on in its usual context',
            'It disappears within a few days',
            'It becomes stronger because you notice it',
            'It moves to a different context',
          ],
          answers: [0],
          explanation:
            'Strong habits run on context cues rather than intentions, so they tend to continue even when motivation shifts: a nuisance for unwanted habits and an asset for good ones.',
        },
      ],
    },
  ],
  drills: [],
};
