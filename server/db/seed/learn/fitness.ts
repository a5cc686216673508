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
            'Shorten rest periods between sets',
          ],
          answers: [0, 1, 3, 5],
          explanation:
            'Small increases in repetitions, distance or sets, or shorter rests, all raise the demand gradually. Repeating the same session gives the body no new reason to adapt, and large jumps such as doubling the load invite poor technique and injury.',
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
    {
      key: 'fitness_strength_basics',
      title: 'Strength training basics',
      summary:
        'Sets, reps, load and rest, how to judge effort with reps in reserve, and why technique comes first. Everything you need to read and run a simple strength plan.',
      difficulty: 'beginner',
      duration_minutes: 7,
      content_markdown: `Strength training means working your muscles against resistance: your own body weight, dumbbells, a barbell, machines or elastic bands. It is one of the most useful things you can add to your week, for everyday tasks as much as for sport. It also comes with its own vocabulary, which can make a simple plan look like a code. This lesson explains the words, shows you how to judge how hard a set is, and makes the case for learning technique before chasing heavier loads.

As always, if you have an injury, pain, a medical condition, or you are returning after a long break, check with a doctor, physiotherapist or another qualified professional before you begin, and ask a qualified coach to look at your technique if you can.

## The vocabulary: reps, sets, load and rest

A **repetition**, or rep, is one complete movement: lowering into a squat and standing back up, for example.

A **set** is a group of repetitions done one after another without a break. "Three sets of eight" means eight repetitions, a rest, eight more, a rest, and a final eight. You will often see it written as 3 × 8.

The **load** is the resistance you move: the weight on the bar, the dumbbell in your hand, or your body weight.

The **rest** is the pause between sets. It lets you recover enough to perform the next set well.

Plans combine these into a prescription such as "Goblet squat, 3 × 10, rest 90 seconds". Once you can read that line, you can follow most beginner programmes.

## How many reps, and how heavy?

Load and repetitions trade off against each other. A heavy load can only be moved a few times; a light load can be moved many times. Different ranges tend to emphasise different qualities:

- **Lower repetitions with heavier loads**, roughly one to six per set, emphasise maximal strength.
- **Moderate repetitions**, roughly six to fifteen, are a common middle ground for building muscle and strength together.
- **Higher repetitions with lighter loads** build muscular endurance, and can also build muscle when sets are taken close to the point where you could not do another good rep.

These ranges overlap and are not strict rules. For most beginners, moderate repetitions are a good place to start: the loads are light enough to practise technique and heavy enough to be a real challenge.

## How much rest between sets?

Rest long enough to do the next set with good form. As a rough guide:

- For heavy sets of big movements that use many muscles, such as squats or deadlifts, two to three minutes or more is common.
- For lighter exercises and smaller muscle groups, one to two minutes is usually enough.

Cutting rest short makes a session feel harder, but it also means you lift less or with worse form. Unless your goal is specifically conditioning, err on the side of enough rest.

## Judging effort: RPE and reps in reserve

A plan cannot know how strong you are today. Effort scales let you adjust the load to your own ability, day by day.

**Reps in reserve (RIR)** asks a simple question at the end of a set: how many more good repetitions could I have done? If you finished a set of ten and could have managed two more with the same technique, that set was two reps in reserve.

**RPE** stands for rating of perceived exertion. In strength training it is often used on a scale of one to ten linked to reps in reserve:

- **RPE 10:** you could not have done another repetition.
- **RPE 9:** one more repetition was possible.
- **RPE 8:** two more were possible.
- **RPE 7:** three more were possible.

Below about RPE 6 it becomes hard to judge precisely, and that is fine.

For beginners, most working sets at around two to four reps in reserve (roughly RPE 6 to 8) are a good target. That is hard enough to drive progress and leaves a margin so technique does not break down. Going all the way to failure on every set adds fatigue and risk without adding much benefit, especially while you are still learning the movements.

Estimating reserve is a skill in itself. At first you will probably underestimate how many reps you have left. That is normal, and it improves with practice and honest logging.

## Technique first

Good technique means moving through a controlled, repeatable range of motion, with the load travelling the way the exercise intends. It matters for three reasons: it spreads the work across the muscles the exercise is meant to train, it makes your progress measurable because each rep is the same, and it reduces the chance of straining something.

Some practical habits:

- **Learn each movement with a light load.** Your body weight, an empty bar or a light dumbbell is enough at first.
- **Control the lowering phase.** Do not let the weight drop; lower it with intent.
- **Use a range you can control.** Full range of motion is usually the aim, but only as far as you can hold good positions.
- **Film yourself or ask for feedback.** A short video from the side tells you more than a mirror does. A qualified coach can help you learn quickly.
- **Stop a set when form breaks down.** The last rep should look like the first.

Some muscle soreness a day or two after a new exercise is common. Sharp pain during a movement is different: stop, and if it persists, see a qualified professional.

## Choosing exercises

A balanced beginner plan trains the whole body using a few basic movement patterns:

- **Squat:** bodyweight squat, goblet squat, leg press.
- **Hinge:** hip hinge with a dowel, Romanian deadlift, glute bridge.
- **Push:** push-up (on a bench or wall to start), dumbbell press.
- **Pull:** rows with a dumbbell, band or cable; assisted pull-ups.
- **Carry:** walking while holding a dumbbell or kettlebell in each hand.

Picking one exercise from each of the first four patterns, plus a carry when you can, covers most of the body. Two or three full-body sessions a week, on non-consecutive days, is a common and effective starting structure. Public health guidance, such as the World Health Organization's, recommends muscle-strengthening activity for all major muscle groups on at least two days a week for adults.

## Progressing a strength plan

Once you can read a prescription and judge effort, progression follows naturally. A simple method is called **double progression**:

1. Choose a repetition range, such as eight to twelve.
2. Start with a load you can lift for eight good reps with two or three in reserve.
3. Each session, try to add a rep to your sets with the same load.
4. When you reach twelve reps on all sets, increase the load by the smallest step available and drop back to eight.

This adds demand gradually and gives you a clear rule for when to increase the weight.

## Try it

Today, choose one movement from the list above, such as a bodyweight squat or a push-up on a kitchen counter.

1. Do a set of eight slow, controlled repetitions. Lower for a count of two or three.
2. At the end, ask yourself honestly how many more good reps you could have done. Write the number down.
3. Rest for ninety seconds, then do a second set and rate it again.
4. Adjust the difficulty so that your sets finish with two to four reps in reserve: a lower counter for push-ups makes them harder, a higher one easier.

You have just practised reps, sets, rest and effort rating in five minutes.

## Key points

- A **rep** is one movement, a **set** is a group of reps, the **load** is the resistance and **rest** is the pause between sets.
- Lower reps with heavier loads emphasise strength; moderate and higher reps build muscle and endurance. The ranges overlap.
- Rest long enough to do the next set well: longer for heavy compound lifts, shorter for small exercises.
- **Reps in reserve** and **RPE** let you match the load to how you are today; most beginner sets sit around two to four reps in reserve.
- Learn technique with light loads, control each rep, and stop the set when form breaks down.
- Sharp or persistent pain is a reason to stop and see a qualified professional.
`,
      quiz: [
        {
          kind: 'single',
          question: 'What does "3 × 8" mean in a strength plan?',
          choices: [
            'Eight sets of three repetitions',
            'Three exercises of eight minutes each',
            'Three sets of eight repetitions, with rest between sets',
            'Three repetitions with an eight-kilogram load',
          ],
          answers: [2],
          explanation:
            'The first number is the sets and the second the repetitions per set: eight reps, rest, eight reps, rest, eight reps.',
        },
        {
          kind: 'single',
          question:
            'You finish a set of ten and could have done two more good repetitions. On the RPE scale in the lesson, that set was:',
          choices: ['RPE 10', 'RPE 8', 'RPE 6', 'RPE 2'],
          answers: [1],
          explanation:
            'Two reps in reserve corresponds to RPE 8. RPE 10 means no more reps were possible; "2" is the reps in reserve, not the RPE.',
        },
        {
          kind: 'multiple',
          question: 'Which of these are good technique habits from the lesson? (Choose all that apply.)',
          choices: [
            'Let the weight drop quickly on the way down',
            'Learn a new movement with a light load',
            'Stop the set when form breaks down',
            'Always push every set to failure',
            'Film yourself from the side or ask a qualified coach',
          ],
          answers: [1, 2, 4],
          explanation:
            'Light loads, stopping when form breaks down and getting feedback all help you learn good technique. The lowering phase should be controlled, and training to failure on every set adds fatigue and risk without much benefit for beginners.',
        },
        {
          kind: 'single',
          question: 'For most working sets, what effort does the lesson suggest for a beginner?',
          choices: [
            'Around two to four reps in reserve',
            'Always to complete failure',
            'As light as possible, with ten or more reps in reserve',
            'Whatever feels easiest that day',
          ],
          answers: [0],
          explanation:
            'Two to four reps in reserve (about RPE 6 to 8) is hard enough to drive progress while leaving a margin for good technique.',
        },
        {
          kind: 'single',
          question:
            'Using double progression with a range of eight to twelve reps, what do you do when you reach twelve reps on all sets?',
          choices: [
            'Add more sets and keep the same load',
            'Stay at twelve reps indefinitely',
            'Switch to a different exercise',
            'Increase the load by the smallest step and drop back to eight reps',
          ],
          answers: [3],
          explanation:
            'Double progression first adds reps, then, once the top of the range is reached on all sets, adds a small amount of load and starts again at the bottom of the range.',
        },
      ],
    },
    {
      key: 'fitness_endurance_conditioning',
      title: 'Endurance and conditioning',
      summary:
        'Easy and hard effort, the talk test, and how to build volume gradually: the ideas behind walking, running, cycling or swimming further and more comfortably.',
      difficulty: 'intermediate',
      duration_minutes: 7,
      content_markdown: `Endurance is your ability to keep moving for a long time: walking, running, cycling, swimming, rowing or any activity that keeps your heart and breathing working for minutes rather than seconds. Conditioning is a broader word for being fit enough to handle the demands of a task, whether that is a football match or a long day on your feet. The same principles from the first lesson apply here, but endurance training has its own tools: judging effort by how you breathe, separating easy work from hard work, and adding volume slowly enough that your body keeps up.

If you have a heart or lung condition, any other medical condition, chest pain, dizziness or unusual breathlessness during activity, stop and see a doctor before continuing. The guidance below is general and is no substitute for individual advice.

## How much, as a baseline

Public health guidance gives a useful reference point. The World Health Organization recommends that adults do at least 150 to 300 minutes of moderate-intensity aerobic activity a week, or at least 75 to 150 minutes of vigorous-intensity activity, or an equivalent combination of the two, alongside muscle-strengthening work on two or more days. It also notes that some activity is better than none.

This is a baseline for general health, not a ceiling or a training plan. If you are starting from very little, the first goal is simply to move a little more than you do now, and to build from there.

## Easy and hard are different tools

Endurance training involves a range of effort, but it helps to think of two broad kinds.

**Easy effort** is steady and comfortable. You could keep it going for a long time. It builds your aerobic base: the capacity of your heart, lungs, blood vessels and muscles to supply and use oxygen. It also builds the durability of your muscles, tendons and joints for longer sessions. Because it produces relatively little fatigue, you can do a lot of it and recover quickly.

**Hard effort** is demanding and can only be sustained for short periods. Intervals, hill repeats and fast, sustained efforts sit here. Hard work raises the top end of your fitness and teaches you to tolerate discomfort, but it costs more recovery.

A common mistake is to make every session somewhere in the middle: too hard to be truly easy, too easy to be a real workout. Sessions like this are tiring, yet they are rarely hard enough to push your limits. Many coaches recommend that most of your endurance training, by time, be genuinely easy, with a smaller amount of deliberately hard work. Beginners in particular can build a great deal of fitness from easy work alone.

## The talk test

You do not need equipment to judge your effort. The talk test uses your ability to speak as a guide:

- **Easy:** you can talk in full sentences, perhaps a little breathless. You could hold a conversation.
- **Moderate:** you can talk, but in shorter sentences, and you would rather not sing.
- **Hard:** you can manage only a few words at a time between breaths.

For easy sessions, aim to stay at the conversational level. This often means going slower than you expect. Many people find that to keep a run easy they need to include walking breaks at first, and that is perfectly fine.

You can also use a simple ten-point scale of perceived effort, where one is resting and ten is an all-out effort you could not continue. Easy work sits roughly around three to four, and hard intervals around seven to nine.

## A note on heart rate

Heart rate monitors can be useful, but treat their numbers with care. Formulas that estimate your maximum heart rate from your age, such as the well-known 220 minus age, are rough averages: individuals vary widely, so a zone based on that formula may be off by a good margin for you. Wrist-based sensors can also be inaccurate during some activities. If the number and your talk test disagree, the talk test is usually a better everyday guide. And if you take medication that affects heart rate, ask your doctor how to judge intensity.

## Building volume gradually

Volume is how much you do: total time or distance in a week. Increasing it is the main way endurance improves, and increasing it too fast is the main way people get hurt or burned out. Your heart and lungs often adapt faster than your tendons, bones and joints, so you may feel able to do more before your body is ready for it.

Some guidelines for adding volume:

- **Increase in small steps.** A widely used rule of thumb is to raise weekly volume by no more than about ten percent. It is not a scientific law, but it encourages patience.
- **Change one thing at a time.** Do not add distance, speed and an extra session in the same week.
- **Build in easier weeks.** Every few weeks, reduce volume for a week to let your body catch up.
- **Use intervals of work and rest to begin.** Run-walk intervals, such as one minute of easy running and two minutes of walking, repeated, let a beginner train for longer with less strain. Over weeks, the running portions grow and the walking shrinks.
- **Respect warning signs.** Pain that gets worse during a session, changes how you move, or lingers the next day is a reason to stop and, if it persists, to see a qualified professional.

## Adding some hard work

Once you have a few weeks of consistent easy training, you might add one harder session a week. Examples:

- **Intervals:** after a thorough warm-up, four to six efforts of two or three minutes at a hard effort, each followed by an equal period of easy movement to recover.
- **Hills:** short, strong efforts uphill, walking or jogging back down to recover.
- **Tempo:** a sustained effort at a comfortably hard pace, for perhaps ten to twenty minutes within a longer session.

Keep hard days hard and easy days easy. Place a hard session between easy days rather than next to another hard one, and never add hard work while you are already increasing volume quickly.

## Conditioning for everyday life and sport

Not everyone wants to run a race. Conditioning can also mean brisk walking with hills, cycling to work, circuits of bodyweight exercises, swimming, or carrying loads. The same principles hold: pick activities that resemble what you want to be good at, judge your effort, keep most of it easy, and increase the demand slowly.

Choosing something you enjoy matters more than choosing the theoretically best activity. The best conditioning plan is the one you will still be following next year.

## Try it

Go for a twenty-minute walk, jog or ride today, and use it to calibrate your sense of effort.

1. Start gently for five minutes.
2. For the next ten minutes, find the fastest pace at which you can still speak in full sentences. Say a sentence aloud, or talk to a companion, to check.
3. For one minute, go faster until you can only say a few words at a time. Notice how that feels.
4. Slow down for the last four minutes until your breathing settles.
5. Afterwards, write down what "easy" felt like in your body. Use that feeling, rather than a target pace, to guide your next easy session.

## Key points

- Endurance is built mostly by easy, conversational work, with a smaller amount of deliberately hard effort.
- Avoid making every session moderately hard; keep easy days easy and hard days hard.
- The talk test is a simple guide: full sentences are easy, a few words at a time is hard.
- Age-based heart rate formulas are rough; trust your breathing and perceived effort.
- Build volume in small steps, change one thing at a time, and include easier weeks.
- Chest pain, dizziness, unusual breathlessness or worsening pain are reasons to stop and see a qualified professional.
`,
      quiz: [
        {
          kind: 'single',
          question: 'Using the talk test, which describes an easy effort?',
          choices: [
            'You can manage only a few words between breaths',
            'You can talk in full sentences and could hold a conversation',
            'You cannot speak at all',
            'You feel you could sing loudly without any change in breathing',
          ],
          answers: [1],
          explanation:
            'Easy effort is conversational: full sentences, perhaps a little breathless. Only a few words at a time means a hard effort.',
        },
        {
          kind: 'single',
          question: 'What common mistake does the lesson describe?',
          choices: [
            'Doing too many easy sessions',
            'Using the talk test instead of a heart rate monitor',
            'Doing every session at a middling effort: too hard to be easy, too easy to be truly hard',
            'Taking walking breaks during runs',
          ],
          answers: [2],
          explanation:
            'Middle-effort sessions are tiring without pushing your limits. Most training should be genuinely easy, with a smaller amount of deliberately hard work. Walking breaks are a good tool, not a mistake.',
        },
        {
          kind: 'multiple',
          question:
            'Which of these are sensible ways to build volume, according to the lesson? (Choose all that apply.)',
          choices: [
            'Add distance, speed and an extra session in the same week',
            'Increase weekly volume in small steps',
            'Keep going through pain that gets worse during a session',
            'Include an easier week every few weeks',
            'Begin with run-walk intervals',
          ],
          answers: [1, 3, 4],
          explanation:
            'Small steps, periodic easier weeks and run-walk intervals let your body keep up. Changing several things at once, or pushing through worsening pain, raises the risk of injury.',
        },
        {
          kind: 'single',
          question: 'What does the lesson say about the "220 minus age" formula for maximum heart rate?',
          choices: [
            'It is a rough average, and individuals vary widely from it',
            'It is accurate to within a beat or two for everyone',
            'It should replace the talk test',
            'It only applies to people over sixty',
          ],
          answers: [0],
          explanation:
            'Age-based formulas are rough population averages. Your own maximum may differ considerably, so the talk test and perceived effort are often better everyday guides.',
        },
        {
          kind: 'single',
          question: 'Why does the lesson warn that you may feel able to do more before your body is ready?',
          choices: [
            'Because easy training never builds fitness',
            'Because the heart and lungs often adapt faster than tendons, bones and joints',
            'Because heart rate monitors always read too low',
            'Because hard sessions need no recovery',
          ],
          answers: [1],
          explanation:
            'Your breathing may feel comfortable with more volume before your tendons, bones and joints have adapted to it. That mismatch is why volume is increased gradually.',
        },
      ],
    },
    {
      key: 'fitness_warmup_mobility_recovery',
      title: 'Warm-up, mobility and recovery',
      summary:
        'How to prepare for a session, keep your joints moving well, and recover between sessions with sleep, rest days and deloads, while listening to what your body tells you.',
      difficulty: 'intermediate',
      duration_minutes: 7,
      content_markdown: `The work you do between sessions decides how much you get out of the sessions themselves. A good warm-up prepares you to train well today; mobility work helps you move through the positions your training asks for; and recovery, above all sleep and sensible rest, turns the stress of training into progress. None of it is glamorous, which is why it is so often skipped. This lesson covers each part and how to fit it into a normal week.

Throughout, one rule applies: pain is information, not something to train through. For pain that is sharp, that gets worse during activity, that lingers, or that follows an injury, stop and see a doctor, physiotherapist or another qualified professional. Nothing in this lesson is a treatment for pain or injury.

## Why warm up

A warm-up gradually raises your heart rate, breathing and body temperature, takes your joints through the ranges of motion you are about to use, and rehearses the movements of the session. You will usually feel looser, move more smoothly and perform better in the first working sets. It is also a useful moment to check in with how you feel that day.

A warm-up does not need to be long. Five to fifteen minutes is typical, with more time for intense sessions or cold days.

## A simple warm-up structure

A general pattern works for most sessions:

1. **Raise.** A few minutes of light, rhythmic activity: brisk walking, easy cycling, skipping, or marching on the spot. Aim for the easy end of the talk test.
2. **Mobilise.** Controlled movements that take joints through their range: leg swings, arm circles, hip circles, bodyweight squats, lunges with a twist, cat–cow on hands and knees.
3. **Rehearse.** Practise the session's main movements at a lower intensity. For strength work, do a few lighter sets of your first exercise before the working sets, increasing the load in steps. For a run with hard efforts, include a few short, faster strides before the intervals.

Movement-based stretches like these are usually preferred before training. Long, static stretches held for a minute or more right before a session can slightly reduce strength and power for a short time in some people, so many coaches place them after training or in a separate session instead. Short static holds within a warm-up are unlikely to matter much.

## Mobility: using the range you have

Mobility is your ability to move actively and with control through a range of motion. It overlaps with flexibility, which is how far a joint can be moved, but it also includes strength and control at the ends of that range.

You need enough mobility for the positions your activities ask of you: enough hip and ankle movement to squat to a comfortable depth, enough shoulder movement to press overhead, enough to tie your shoes without strain. You do not need extreme flexibility unless your sport demands it.

Good ways to build mobility:

- **Train through a full, controlled range.** Strength exercises done through a range you can control are themselves mobility training.
- **Add a few targeted drills.** If a particular position feels restricted, spend a few minutes most days working gently into it: slow, controlled movements, and static stretches held for around thirty seconds, repeated a few times.
- **Stay consistent.** Range of motion improves slowly and is lost again without practice.

Stretching should feel like tension, not pain. If a stretch produces sharp, pinching or tingling sensations, stop, and ask a qualified professional for guidance.

## Cooling down

After a hard session, a few minutes of easy movement lets your breathing and heart rate settle gradually. This is also a good time for static stretching if you enjoy it. A cool-down is a pleasant habit rather than a requirement, but it helps you end the session in a calm state and notice how your body feels.

## Sleep: the foundation of recovery

Of everything you can do for recovery, sleep matters most. It is when much of your body's repair and adaptation takes place, and too little sleep can leave you with lower energy, less motivation and poorer performance. Most adults need seven or more hours a night.

Some habits that help:

- keep a regular time for going to bed and getting up, including at weekends where you can;
- keep the bedroom dark, quiet and cool;
- avoid heavy meals, caffeine and intense exercise close to bedtime;
- put screens away for a while before sleep.

If you have persistent trouble sleeping, talk to a doctor.

## Rest days and muscle soreness

Rest days are when the adaptations from your training have time to build. A rest day can be complete rest or light, easy movement such as walking, which many people find leaves them feeling better than doing nothing.

Muscle soreness that appears a day or two after unfamiliar or harder training is common. It usually peaks within one to three days and then fades. It is a sign that the work was new to you, not a measure of how good the session was, and it tends to lessen as you get used to a routine. Soreness is different from pain in a joint, sharp pain, or pain that keeps getting worse, which are reasons to seek professional advice.

## Deloads: planned easier weeks

A deload is a planned period, usually a week, of reduced training: fewer sets, lighter loads, shorter or easier sessions. It lets accumulated fatigue clear while you keep the habit of training. Many programmes include one every four to eight weeks, and some people deload when fatigue builds rather than on a fixed schedule.

A simple deload is to keep your usual sessions and exercises but roughly halve the number of sets, or reduce the load, so that everything feels comfortable. Easier weeks in an endurance plan serve the same purpose.

## Listening to your body

Plans are written in advance; your body lives in the present. Learning to read your own signals is one of the most useful training skills you can build. Signs that you may need more recovery include:

- feeling unusually tired for several days;
- performance dropping across several sessions despite effort;
- sleeping poorly, or losing motivation to train;
- soreness that does not ease between sessions;
- small niggles starting to appear in several places.

When you notice several of these, take an easier day, an extra rest day, or an early deload. One flat session is normal; a pattern is a message. If the signs persist after rest, or you feel unwell, speak to a doctor.

Listening to your body also works the other way: some days you will feel better than expected, and it is fine to make the most of them, within your plan.

## Try it

Before your next session, do this ten-minute warm-up and notice the difference:

1. **Raise:** three minutes of brisk walking or marching on the spot.
2. **Mobilise:** ten leg swings each side, ten arm circles each direction, ten slow bodyweight squats, and five slow cat–cow movements.
3. **Rehearse:** two or three easier sets, or a few minutes at an easier pace, of the first thing you plan to do.

Then, tonight, choose one sleep habit from the list above and try it for the rest of this week.

## Key points

- A warm-up raises, mobilises and rehearses: light activity, controlled movement through range, and easier practice of the session's main work.
- Before training, movement-based stretches are usually preferred over long static holds.
- Mobility is controlled movement through a range; train through full, controlled ranges and practise consistently.
- Sleep is the foundation of recovery; most adults need seven or more hours.
- Rest days and periodic deloads let fatigue clear and adaptation happen.
- Read your body's signals, and see a qualified professional for pain, injury or signs that persist.
`,
      quiz: [
        {
          kind: 'single',
          question: 'What are the three parts of the warm-up structure described in the lesson, in order?',
          choices: [
            'Stretch, sprint, rest',
            'Rehearse, raise, mobilise',
            'Raise, mobilise, rehearse',
            'Mobilise, cool down, raise',
          ],
          answers: [2],
          explanation:
            'First raise your heart rate and temperature with light activity, then mobilise joints through their range, then rehearse the main movements at a lower intensity.',
        },
        {
          kind: 'single',
          question: 'Why do many coaches place long static stretches after training rather than right before it?',
          choices: [
            'Long static holds right before a session can briefly reduce strength and power in some people',
            'Static stretching is harmful at any time',
            'Static stretching only works when the muscles are cold',
            'Warm-ups should contain no movement',
          ],
          answers: [0],
          explanation:
            'Holding stretches for a minute or more just before training can slightly and briefly reduce strength and power, so movement-based stretches are usually preferred beforehand. Static stretching is fine after training or in a separate session.',
        },
        {
          kind: 'multiple',
          question: 'Which of these could be signs that you need more recovery? (Choose all that apply.)',
          choices: [
            'One session that felt a little flat',
            'Feeling unusually tired for several days',
            'Feeling better than expected on a particular day',
            'Performance dropping across several sessions',
            'Losing motivation and sleeping poorly',
          ],
          answers: [1, 3, 4],
          explanation:
            'A pattern of fatigue, declining performance, poor sleep or low motivation suggests more recovery is needed. One flat session is normal, and a good day is not a warning sign.',
        },
        {
          kind: 'single',
          question: 'What is a deload?',
          choices: [
            'A test of your maximum strength',
            'A planned period, usually a week, of reduced training',
            'Stopping training completely for a month',
            'A warm-up with very light weights',
          ],
          answers: [1],
          explanation:
            'A deload reduces sets, load or session length for a short period so fatigue can clear while you keep the training habit. Many programmes include one every four to eight weeks.',
        },
        {
          kind: 'single',
          question:
            'How does the lesson distinguish ordinary muscle soreness from pain that needs professional advice?',
          choices: [
            'All soreness after training should be checked by a professional',
            'Soreness the day after training means the session was ideal',
            'Pain is always a sign of progress',
            'Soreness a day or two after new work is common and fades; sharp, joint or worsening pain is a reason to seek advice',
          ],
          answers: [3],
          explanation:
            'Delayed soreness after unfamiliar work is common and usually fades within a few days. It is not a measure of a good session. Sharp pain, joint pain or pain that keeps getting worse calls for a qualified professional.',
        },
      ],
    },
    {
      key: 'fitness_planning_week',
      title: 'Planning a training week',
      summary:
        'Put strength, endurance and recovery together into a week you can actually follow: how many days, how to arrange hard and easy sessions, and how to adjust when life gets in the way.',
      difficulty: 'intermediate',
      duration_minutes: 6,
      content_markdown: `You now know the principles of training, how to run a strength session, how to build endurance and how to recover. The remaining question is practical: what does a week look like? A good weekly plan fits your goal, your schedule and your recovery, and it is simple enough that you can follow it on an ordinary, busy week. This lesson shows you how to build one, with sample weeks you can adapt, and how to adjust the plan as you go.

If you have a medical condition, an injury, pain, or you are unsure whether a plan is suitable for you, ask a doctor or another qualified professional before you start. The examples here are general starting points, not individual prescriptions.

## Start with the constraints

Before you choose exercises, be honest about three things.

- **Time.** How many sessions can you reliably fit in a normal week, and how long can each one be? Plan for your typical week, not your best one.
- **Goal.** What are you training for? More strength, a longer run, general fitness, or feeling capable in daily life? Your goal decides the balance of strength and endurance work.
- **Recovery.** How well do you sleep, and how demanding is the rest of your life right now? A stressful season at work calls for a lighter plan.

A plan of three sessions you complete every week will take you further than a plan of six you complete occasionally.

## The building blocks

Most weekly plans are built from four kinds of day:

- **Strength sessions**, usually full-body for beginners, covering squat, hinge, push, pull and carry patterns.
- **Easy endurance sessions**, at a conversational effort.
- **Hard endurance sessions**, such as intervals or hills, added once a base is in place.
- **Rest or light days**, with walking, gentle mobility or nothing at all.

Many people also fold a little mobility work into warm-ups or into a few spare minutes on rest days.

## Arranging the week

A few rules of thumb help you put the blocks in a sensible order:

- **Space out hard work.** Avoid placing two demanding sessions for the same muscles or the same system back to back. A hard interval day followed by a heavy leg day, for example, leaves neither at its best.
- **Give strength sessions a day between them** if they train the same muscles, as full-body sessions do.
- **Pair easy with hard.** Easy endurance work fits well the day after a harder session, or on the same day as strength work if you have time.
- **Protect at least one full rest day**, and more when you are starting out or life is busy.
- **Put the most important session where it is most likely to happen.** If Mondays are unpredictable, do not build the week around a Monday session.

## Sample weeks

These examples are templates. Move the days around to fit your life, as long as the spacing stays sensible.

**Two days a week** (a solid starting point):

- Monday: full-body strength
- Thursday: full-body strength, followed by ten to twenty minutes of easy cardio
- Other days: everyday walking

**Three days a week** (general fitness):

- Monday: full-body strength
- Wednesday: easy endurance, thirty to forty minutes
- Friday: full-body strength
- Saturday or Sunday: a longer walk, ride or easy run if you have time

**Four days a week** (a balance of strength and endurance):

- Monday: full-body strength
- Tuesday: easy endurance
- Thursday: full-body strength
- Saturday: endurance, either a longer easy session or, once you have a base, one session with harder intervals
- Wednesday, Friday and Sunday: rest or light movement

For someone whose goal leans towards endurance, swap a strength day for an easy endurance session and keep at least one strength day. For a strength focus, keep endurance work mostly easy so it does not eat into recovery.

## Writing the sessions

Give each session a clear, short prescription you can read at a glance. For example:

- **Strength A:** goblet squat 3 × 8–12; dumbbell row 3 × 8–12; push-up 3 × as many as you can with two in reserve; Romanian deadlift 3 × 8–12; farmer's carry 3 × 30 metres. Rest about ninety seconds between sets.
- **Easy endurance:** thirty minutes of walking, cycling or running at a conversational pace.

Having two strength sessions that alternate, A and B, adds variety: for instance, swap the squat for a split squat and the row for an assisted pull-up in session B.

## Keeping a log

A log turns a plan into something you can learn from. For each session, record:

- the date and what you did;
- for strength work: exercises, sets, reps, load and roughly how many reps you had in reserve;
- for endurance work: time or distance, and how easy it felt by the talk test;
- a word or two on how you felt: sleep, energy, any aches.

After a few weeks, the log shows your progress and also your patterns. You may find that sessions after a short night are consistently weaker, or that one day of the week is always the one you miss.

## Adjusting as you go

No plan survives every week intact. Decide in advance how you will handle the usual disruptions:

- **A missed session.** Do not try to cram it in by doubling up. Carry on with the next planned session, or move the missed one to a rest day if the spacing still works.
- **A busy or tired week.** Do the minimum version: fewer sets, shorter sessions, or only the most important session.
- **Progress stalls.** Check the basics: Is the load or volume actually increasing? Is recovery adequate? Is the plan followed consistently?
- **Every few weeks.** Review your log. Increase the demand where sessions feel comfortable, and plan an easier week when fatigue has built up.
- **Pain or injury.** Stop the activity that aggravates it and see a qualified professional rather than reworking the plan around it yourself.

Plans also change as you do. After a few months, you may want more sessions, a different split, or a new goal. That is a sign the first plan did its job.

## Try it

Draft your own week now, on paper or in your calendar.

1. Write down how many sessions you can reliably do in a normal week, and how long each can be.
2. Choose the sample week closest to that number and adapt the days to your schedule.
3. Write a short prescription for each session, using the examples above.
4. Mark at least one full rest day.
5. Write your minimum version for a busy week.
6. Set a reminder four weeks from today to review your log and adjust.

## Key points

- Build your plan around the time you reliably have, your goal and your current capacity to recover.
- Use four building blocks: strength, easy endurance, hard endurance and rest.
- Space hard sessions apart, keep a day between full-body strength sessions and protect at least one rest day.
- Two to four sessions a week can make an effective plan; consistency matters more than the number.
- Keep a simple log, decide in advance how to handle missed sessions and busy weeks, and review every few weeks.
- For pain or injury, stop the aggravating activity and see a qualified professional.
`,
      quiz: [
        {
          kind: 'single',
          question: 'When estimating how many sessions to plan, which week should you plan for?',
          choices: [
            'Your best possible week',
            'Your typical week',
            'A week with no work at all',
            'The week of a holiday',
          ],
          answers: [1],
          explanation:
            'Plan for the time you reliably have in a normal week. A plan built around your best week is likely to be missed often, and consistency matters more than the number of sessions.',
        },
        {
          kind: 'multiple',
          question: 'Which of these are rules of thumb for arranging a week from the lesson? (Choose all that apply.)',
          choices: [
            'Put a hard interval day directly before a heavy leg day',
            'Space out hard sessions for the same muscles or system',
            'Protect at least one full rest day',
            'Put the most important session on your least predictable day',
            'Leave a day between full-body strength sessions',
          ],
          answers: [1, 2, 4],
          explanation:
            'Spacing hard work, keeping a day between full-body strength sessions and protecting rest all help recovery. Back-to-back demanding sessions leave neither at its best, and the key session belongs on the day it is most likely to happen.',
        },
        {
          kind: 'single',
          question: "You miss Monday's strength session. What does the lesson suggest?",
          choices: [
            'Carry on with the next session, or move the missed one to a rest day if spacing allows',
            'Do two strength sessions on Tuesday to catch up',
            'Restart the whole plan next week',
            'Skip the rest of the week',
          ],
          answers: [0],
          explanation:
            'Cramming a missed session in by doubling up adds fatigue. Continuing with the plan, or moving the session to a day that keeps the spacing sensible, keeps the week on track.',
        },
        {
          kind: 'single',
          question: 'Which of these does the lesson suggest recording in a log for strength work?',
          choices: [
            'Only the date',
            'Only how you felt emotionally',
            'Only your body weight',
            'Exercises, sets, reps, load and roughly how many reps you had in reserve',
          ],
          answers: [3],
          explanation:
            'Recording the full prescription and effort lets you see progress and decide when to increase the demand. A note on sleep and energy adds useful context.',
        },
        {
          kind: 'single',
          question: 'Your progress has stalled for several weeks. What does the lesson suggest checking first?',
          choices: [
            'Whether you need a completely new programme straight away',
            'Whether you should train every day',
            'Whether the demand is really increasing, recovery is adequate and the plan is followed consistently',
            'Whether you should stop logging',
          ],
          answers: [2],
          explanation:
            'Stalls usually trace back to the basics from the first lesson: progressive overload, recovery and consistency. Check those before changing everything.',
        },
      ],
    },
  ],
  drills: [],
};
