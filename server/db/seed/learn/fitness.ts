import type { TopicSeed } from './types';

export const fitnessTopic: TopicSeed = {
  key: 'fitness_fundamentals',
  name: 'Fitness fundamentals',
  description: 'The principles of training: strength, endurance, progression, recovery and moving well.',
  icon: 'dumbbell',
  color: '#dc2626',
  skill: 'strength',
  lessons: [
    {
      key: 'fitness_training_principles',
      title: 'The principles of training',
      summary:
        'Four ideas explain how training changes you: specificity, progressive overload, recovery and consistency. Learn them once and every programme makes more sense.',
      difficulty: 'beginner',
      duration_minutes: 7,
      content_markdown: `Every training programme you will ever see, from a beginner's plan to an athlete's season, is built on a handful of principles. They are not secrets and they are not complicated. Your body adapts to the demands you place on it, in the direction of those demands, as long as it gets the chance to recover and you keep showing up. This lesson walks through the four ideas that matter most, so you can judge a plan on its merits and adjust your own with confidence.

Before you start any new training, a note of care: if you have a medical condition, an injury, pain, or you have been inactive for a long time, speak to a doctor or another qualified professional first. The principles below are general; your situation may call for something more specific.

## Adaptation: why training works at all

Your body is always trying to match itself to what you ask of it. When you do something that challenges you, such as lifting a load that feels heavy or running for longer than usual, you create a stress. During the hours and days afterwards, your body responds by becoming a little better prepared for that stress next time. Muscles can become stronger, your heart and lungs can deliver oxygen more effectively, and your nervous system can get better at coordinating a movement.

Two things follow from this. First, the training session itself is only the signal; the improvement happens later, while you rest. Second, the adaptation is specific to the signal. That leads to the first principle.

## Specificity: you get better at what you practise

The principle of specificity says that your body adapts to the particular kind of work you do. Lifting heavy weights for a few repetitions mainly builds strength. Running for long, easy stretches mainly builds endurance. Practising a skill, such as a squat or a swimming stroke, mainly improves that skill.

This sounds obvious, yet it is the principle people break most often. Someone who wants to run a faster five kilometres but spends most of their time on machines in the gym will improve something, just not their running. Someone who wants to carry their shopping up the stairs with ease will benefit more from carrying and climbing than from gentle stretching alone.

To use specificity well:

- **Name your goal plainly.** "Get fit" is vague. "Run for thirty minutes without stopping" or "do ten push-ups from the floor" is something training can aim at.
- **Make most of your training resemble the goal.** If the goal is a movement, practise that movement or close relatives of it.
- **Keep some variety for balance.** Specificity does not mean doing only one thing. A mix of strength, endurance and mobility work supports general health and helps you keep training over the years.

## Progressive overload: a little more, over time

Once your body has adapted to a demand, the same demand stops being much of a challenge. If you lift the same weight for the same number of repetitions every week for a year, you will mostly stay where you are. Progressive overload means gradually increasing the demand so that your body keeps having a reason to adapt.

There are many ways to add a little more:

- lift a slightly heavier load;
- do one or two more repetitions with the same load;
- add a set;
- walk or run a little further, or a little longer;
- shorten rest periods, or move with better control through a harder range of motion.

The important word is *gradually*. Big jumps invite poor technique, excessive soreness and injury. Small, steady increases add up surprisingly far. A sensible habit is to change one thing at a time and only when the current level feels manageable with good form. If a session that used to feel hard now feels comfortable, that is your cue to progress.

Progress will not be a straight line. Some weeks you will feel strong and some weeks you will not. Overload is a direction of travel over weeks and months, not a promise that every session beats the last.

## Recovery: where the gains are made

If training is the signal, recovery is when the body answers it. Without enough recovery, stress piles up faster than you can adapt to it, and performance stalls or falls. You may feel persistently tired, sore or unmotivated.

Recovery has several parts:

- **Sleep.** Regular, sufficient sleep is the foundation. Most adults function best with around seven or more hours a night.
- **Rest between hard efforts.** Hard sessions for the same muscles or the same system are usually spaced out, with easier days or rest days in between.
- **Food and fluids.** Eating enough overall, including protein, and staying hydrated give your body the material it needs.
- **Life stress.** Work, family and worry draw on the same reserves as training. A demanding week at work is a good week to ease off.

Recovery is not laziness. A rest day is part of the plan, not a break from it. A later lesson covers warm-ups, rest days and deloads in more detail.

## Consistency: the principle that makes the others work

None of the above matters if the training does not happen. Consistency means training regularly over a long period, and it beats intensity almost every time. A moderate programme you follow for a year will take you further than a brutal one you abandon after three weeks.

There is also a principle sometimes called *reversibility*: adaptations fade when the training stops. A short break for a holiday or an illness costs little, and you usually regain fitness quickly. Months of inactivity, though, will undo much of what you built. The answer is not to fear breaks but to make training a durable part of your week.

Some ways to make consistency easier:

- **Start smaller than you think you need to.** A plan you can do on a bad day is a plan you will keep.
- **Schedule it.** Put sessions in your calendar like any other appointment.
- **Have a minimum version.** On a tired day, a short walk or a few sets still counts and keeps the habit alive.
- **Track what you do.** A simple log of sessions, loads and distances shows progress that is easy to miss from week to week.

## How the principles fit together

Think of the four principles as a loop. Specificity tells you *what* to train. Progressive overload tells you *how the demand should change*. Recovery makes sure the demand turns into improvement instead of fatigue. Consistency keeps the loop running long enough for the results to show.

When something goes wrong, the principles help you diagnose it. Not improving? Perhaps the demand has not increased, or the training does not match the goal. Always exhausted? Perhaps recovery is short, or the increases are too steep. Starting over for the fourth time this year? Perhaps the plan asks too much for your current life, and a smaller one would stick.

## Try it

Take ten minutes today to sketch your own starting point:

1. Write one specific goal you could reach in the next three months, such as "walk briskly for forty minutes" or "do three sets of ten bodyweight squats with good form".
2. Write the kind of training that most resembles that goal.
3. Decide how you will progress: which one thing you will increase, and by how much, when the current level feels manageable.
4. Choose two or three days this week for training, and one thing you will do to protect your sleep.
5. Write your minimum version for a difficult day.

Keep the page somewhere you will see it, and revisit it after four weeks.

## Key points

- Your body adapts to the demands you place on it; the improvement happens during recovery, after the session.
- **Specificity:** you get better at what you practise, so make most training resemble your goal.
- **Progressive overload:** increase the demand gradually, one thing at a time, when the current level is manageable with good form.
- **Recovery:** sleep, rest days, food and a sensible view of life stress turn training into progress.
- **Consistency:** regular training over months beats occasional heroic efforts, and adaptations fade when training stops.
- Check with a qualified professional before starting if you have a medical condition, pain or an injury.
`,
      quiz: [
        {
          kind: 'single',
          question: 'According to the lesson, when does most of the improvement from a training session happen?',
          choices: [
            'During the session, while the muscles are working',
            'In the hours and days of recovery after the session',
            'Only after a full week of rest',
            'During the warm-up',
          ],
          answers: [1],
          explanation:
            'The session is the signal; the body adapts in the hours and days that follow, while you recover. That is why recovery is treated as part of training rather than a break from it.',
        },
        {
          kind: 'single',
          question:
            'Someone wants to run 5 km faster but trains almost only on gym machines. Which principle are they neglecting most?',
          choices: ['Recovery', 'Reversibility', 'Specificity', 'Consistency'],
          answers: [2],
          explanation:
            'Specificity says you get better at what you practise. Machine work will improve something, but not running much; most of their training should resemble the goal.',
        },
        {
          kind: 'multiple',
          question: 'Which of these are ways to apply progressive overload? (Choose all that apply.)',
          choices: [
            'Add one or two repetitions with the same load',
            'Walk a little further than last week',
            'Repeat exactly the same session every week for a year',
            'Add a set',
            'Double the weight as soon as possible',
          ],
          answers: [0, 1, 3],
          explanation:
            'Small increases in repetitions, distance or sets all raise the demand gradually. Repeating the same session gives the body no new reason to adapt, and large jumps such as doubling the load invite poor technique and injury.',
        },
        {
          kind: 'single',
          question: 'What does the lesson suggest when a session that used to feel hard now feels comfortable?',
          choices: [
            'Take a week off',
            'Change everything about the programme',
            'Keep it the same to stay safe',
            'Progress one thing a little, keeping good form',
          ],
          answers: [3],
          explanation:
            'A comfortable session means you have adapted; it is the cue to progress. Changing one thing at a time, in small steps, keeps the increase manageable.',
        },
        {
          kind: 'single',
          question: 'Why does the lesson say a moderate programme often beats a brutal one?',
          choices: [
            'You are more likely to keep doing it for months, and consistency drives results',
            'Hard training never causes adaptation',
            'Moderate programmes need no recovery',
            'Intensity does not matter at all',
          ],
          answers: [0],
          explanation:
            'Consistency makes the other principles work. A plan you follow for a year takes you further than one you abandon after three weeks; hard training does cause adaptation, but only if you keep it up and recover from it.',
        },
      ],
    },
  ],
  drills: [],
};
