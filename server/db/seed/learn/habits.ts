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
            'Anything you do regularly, such as at least once a week',
            'A behaviour triggered automatically by a familiar context after many repetitions',
            'A behaviour you perform only when you feel strongly motivated to do it',
            'A repeated behaviour that is harmful and hard to stop',
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
            'Motivation is always at its highest in the weeks after a big change',
            'In a new place, a habit forms without needing repetition',
            'Habits form only in unfamiliar places, where nothing is automatic yet',
            'The old cues are gone, so old routines lapse and new ones are easier to set up',
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
    {
      key: 'habit_science_cues_and_plans',
      title: 'Designing cues: if–then plans and habit stacking',
      summary:
        'Turn vague intentions into precise plans: choose reliable cues, write if–then plans for when and where you will act, and anchor new habits to routines you already have.',
      difficulty: 'beginner',
      duration_minutes: 6,
      content_markdown: `"I'll exercise more." "I'll read before bed." "I'll drink more water." Most good intentions sound like this, and most of them fade within weeks. The problem is rarely that people do not mean them. It is that the intention says what but not when or where, so every day the decision has to be made again, in the middle of everything else. The previous lesson showed that habits are triggered by cues in a stable context. This lesson is about choosing those cues on purpose, using two well-tested tools: if–then plans and habit stacking.

## The gap between intending and doing

Psychologists have a name for the distance between what people intend and what they actually do: the intention–behaviour gap. Strong intentions help, but many people with sincere intentions still do not act on them. Some common reasons:

- **They forget.** The moment to act passes without the intention coming to mind.
- **They hesitate.** When the moment comes, they are unsure whether now is the time, and the day moves on.
- **Something gets in the way.** Rain, tiredness, a late meeting, and there is no plan for what to do instead.

Each of these is a problem of cueing, not of character. A well-designed cue makes the moment to act obvious, and a plan decides in advance what to do when it arrives.

## What makes a good cue

A cue is whatever signals that it is time to act. Good cues share a few qualities:

- **Specific.** "In the morning" is a stretch of several hours. "When I sit down at the kitchen table with my first coffee" is a moment.
- **Reliable.** It happens on every day you want the habit to happen. A cue that occurs only on some days leaves the other days without a trigger.
- **Noticeable.** You cannot miss it. Events you are already doing tend to work better than clock times, because you rarely notice that it is exactly seven o'clock, but you always notice that you have just finished brushing your teeth.
- **In the right place.** The cue should happen where the new behaviour can happen. A cue in the kitchen for a habit that needs your running shoes at the front door adds a step.

The most common kinds of cue are a time, a place, and a preceding action. Combining them, "after breakfast, at the kitchen table", makes the cue sharper still.

## If–then plans

The psychologist Peter Gollwitzer named and studied a simple technique called implementation intentions. Rather than holding only a goal ("I intend to walk more"), you add a plan in the form:

**If (or when) situation X happens, then I will do Y.**

For example:

- "When I get off the train in the evening, I will walk the long way home past the park."
- "If it is a weekday and I have finished lunch, then I will spend five minutes tidying my desk."
- "When I close my laptop at the end of the workday, I will write tomorrow's three priorities on a sticky note."

Studies of implementation intentions, across many kinds of goals, have found that people who form such plans are more likely to act on their intentions than people who hold the same goal without a plan. The usual explanation is that the plan links the situation to the action in memory in advance. When the situation arrives, it brings the action to mind, and because the decision has already been made, there is less hesitation.

### Plans for obstacles

If–then plans are equally useful for the things that get in the way. Think about the most likely obstacle and plan for it:

- "If it is raining when I get off the train, then I will do ten minutes of stretching at home instead."
- "If I feel too tired to go for a run after work, then I will put on my shoes and walk for ten minutes."
- "If someone offers me a cigarette, then I will say 'no thanks, I've stopped'."

A related method, developed by the psychologist Gabriele Oettingen and known by the acronym WOOP (wish, outcome, obstacle, plan), asks you first to imagine the outcome you want, then the inner obstacle most likely to stop you, and finally to make an if–then plan for that obstacle. Facing the obstacle squarely, rather than only imagining success, is part of what makes the plan useful.

## Habit stacking

One of the most reliable cues you have is a habit you already perform. You brush your teeth, make coffee, unlock your phone, sit down at your desk, every day, in the same order. Attaching a new behaviour to one of these existing routines gives it a ready-made trigger. The writer James Clear calls this habit stacking, and the behaviour scientist BJ Fogg describes a similar approach in which the existing routine is called an anchor.

The format is a variant of the if–then plan:

**After I [existing routine], I will [new behaviour].**

- "After I pour my morning coffee, I will write one line in my journal."
- "After I sit down on the train, I will read one page of my book."
- "After I put the dinner plates in the dishwasher, I will lay out my clothes for tomorrow."

Choosing a good anchor matters:

- **Match the frequency.** For a daily habit, choose an anchor that happens every day, not one that happens only on workdays.
- **Match the place and mood.** Journalling fits after a quiet coffee better than after rushing to the bus.
- **Use the end of the anchor.** "After I switch off the kettle" is a clearer moment than "while I make tea".

Once one new habit is established, you can attach another to it, building a short chain. Add links one at a time; a long chain built all at once tends to break.

## Keep the new behaviour small

A perfect cue cannot rescue a behaviour that feels too big on a hard day. While a habit is forming, make the action small enough that you would do it even when tired or busy: one page, one minute, one push-up, putting on your running shoes. You are practising the link between cue and action. Once the link is reliable, expanding the behaviour is much easier than starting it was.

## Try it

Write one if–then plan and one habit stack today.

1. Choose a habit you want to build. Make it small.
2. List five things you already do every day, in order, from waking up to going to bed.
3. Pick the one that best matches your new habit in timing, place and mood. Write: "After I ___, I will ___."
4. Think of the most likely obstacle. Write a second plan: "If ___, then I will ___."
5. Put both plans where you will see them, say on a card by the anchor, for the first week.
6. Tonight, note whether the cue appeared and whether you acted on it.

## Key points

- Intentions often fail because they say what but not when or where; that is a cueing problem, not a character flaw.
- Good cues are specific, reliable, noticeable and in the right place; preceding actions often work better than clock times.
- If–then plans (implementation intentions) link a situation to an action in advance, and studies find they help people follow through.
- Plan for the most likely obstacle as well as for the normal case.
- Habit stacking anchors a new behaviour to an existing routine: "After I ..., I will ...".
- Keep the new behaviour small while the cue–action link forms.`,
      quiz: [
        {
          kind: 'single',
          question: 'Which of these is an implementation intention (an if–then plan)?',
          choices: [
            'This year I want to become fitter and walk a lot more than before',
            'I will read more books every week, starting from this month',
            'When I get off the train in the evening, I will walk home past the park',
            'Exercise matters to me, so I will make it a real priority',
          ],
          answers: [2],
          explanation:
            'An implementation intention names the situation and the action: "if or when X, then Y". The others state goals or values without saying when or where to act.',
        },
        {
          kind: 'single',
          question: 'Why does the lesson say that a preceding action often makes a better cue than a clock time?',
          choices: [
            'If–then plans do not allow clock times, only actions and places',
            'You reliably notice finishing an action, but rarely notice the exact time',
            'Actions happen less often, so each habit session feels more special',
            'Clock times work only for habits done in the evening, not the morning',
          ],
          answers: [1],
          explanation:
            'A good cue has to be noticeable. Finishing a familiar action is hard to miss, whereas a particular time of day often passes without you registering it.',
        },
        {
          kind: 'multiple',
          question: 'Which are qualities of a good cue, according to the lesson? Choose all that apply.',
          choices: [
            'Specific',
            'Reliable on every day you want the habit',
            'Noticeable',
            'As varied as possible, to keep things interesting',
            'In a place where the new behaviour can happen',
          ],
          answers: [0, 1, 2, 4],
          explanation:
            'Good cues are specific, reliable, noticeable and in the right place. Habits form through repetition in a stable context, so a varied cue works against you.',
        },
        {
          kind: 'single',
          question: 'You want a daily habit of stretching. Which anchor fits best for habit stacking?',
          choices: [
            'After I get out of bed each morning',
            'After my Thursday team meeting',
            'Whenever I remember during the day',
            'After I go to the gym on weekends',
          ],
          answers: [0],
          explanation:
            'A daily habit needs an anchor that happens every day. The Thursday meeting and weekend gym visits are too infrequent, and "whenever I remember" is no cue at all.',
        },
        {
          kind: 'single',
          question: 'What is the purpose of an if–then plan for an obstacle?',
          choices: [
            'To replace the habit with a different goal when things get hard',
            'To make sure the obstacle never happens in the first place',
            'To give you an agreed reason to skip the habit on difficult days',
            'To decide in advance what you will do when the obstacle appears',
          ],
          answers: [3],
          explanation:
            'Obstacle plans such as "if it rains, then I will stretch at home" settle the response in advance, so the obstacle no longer ends the day\'s attempt.',
        },
      ],
    },
    {
      key: 'habit_science_friction_environment',
      title: 'Friction and environment',
      summary:
        'Shape your surroundings so that good habits take fewer steps and unwanted ones take more, and pair behaviours you postpone with things you enjoy.',
      difficulty: 'intermediate',
      duration_minutes: 6,
      content_markdown: `It is tempting to think that habits come down to willpower: people with good habits simply try harder. The evidence points somewhere more practical. Much of what we do depends on what is easy, visible and nearby at the moment of choice. A fruit bowl on the counter, running shoes by the door, a phone charging in another room: small features of your surroundings tilt thousands of small decisions. This lesson shows how to use that tilt on purpose, making the habits you want easier and the ones you do not want harder, and how to attach something enjoyable to a habit whose benefits arrive only later.

## Friction: the cost of a few extra steps

Friction is anything that stands between you and an action: steps, effort, time, decisions, or simply having to go and fetch something. Small amounts of friction have surprisingly large effects. An action that takes three steps is done far less often than one that takes one, even when the difference is a matter of seconds.

You can see this in everyday life. The snack within reach gets eaten before the one at the back of the cupboard. The next episode that starts by itself gets watched. The subscription that renews automatically stays, while the one that needs renewing by hand often lapses. None of this requires a lack of character; people, reasonably, take the easy path when they are busy, tired or thinking about something else, which is most of the time.

The practical conclusion is that rather than relying on effort at the moment of choice, you can change what is easy before the moment arrives.

## Make good habits easy

For a habit you want to build, remove the steps between the cue and the action.

- **Prepare in advance.** Lay out your exercise clothes the night before, pack the gym bag and leave it by the door, fill the water bottle and put it on your desk.
- **Keep things where you will use them.** A book on your pillow, a guitar on a stand rather than in its case, a yoga mat already unrolled in the corner.
- **Make it visible.** Objects in sight act as cues. Put the things you want to use more in plain view.
- **Reduce decisions.** Decide the workout, the recipe or the reading in advance. "What shall I do?" is friction too.
- **Use defaults.** Set up automatic transfers to savings, a recurring calendar block for a walk, a weekly shopping list that already includes vegetables.

A useful question is: what is the first physical step of this habit, and how could it take less effort? Often the answer is a two-minute change made once, such as moving a kettle, charging a device somewhere else, or hanging a key hook by the door.

## Make unwanted habits harder

For a habit you want to weaken, do the reverse: add steps, hide cues, and break automatic sequences.

- **Move it out of reach.** Charge your phone outside the bedroom. Keep sweets in a high cupboard or do not buy them for the house.
- **Add steps.** Log out of social media apps after each use, or remove them from your phone and use them only in a browser. Unplug the games console and put the controller in a drawer.
- **Hide the cue.** Turn off notifications, move tempting apps off the home screen, clear the counter.
- **Interrupt the sequence.** Turn off autoplay; put the snacks back in the cupboard before you sit down; buy single portions rather than multipacks.
- **Replace, don't just remove.** If an unwanted habit answers a real need, such as a break, comfort or company, plan another routine for the same cue that meets the same need. "When I feel restless at my desk, I will walk to the window and back" is easier to keep than "I will never check my phone again".

Friction does not make an action impossible, and it does not need to. It only needs to create a short pause in which you can notice what you are about to do and choose.

## Willpower is for designing, not resisting

Studies of self-control suggest that people who appear very disciplined often do not resist more temptations than others; they face fewer of them, partly because of how they arrange their routines and surroundings. Resisting a temptation again and again is tiring and unreliable. Arranging your environment once is much cheaper.

This changes where effort is best spent. Use your good intentions at calm moments, on Sunday afternoon or after a weekly review, to set things up: shopping, preparing, moving objects, changing settings. Then let the environment do its work during the busy week.

## Temptation bundling

Some habits pay off only in the long run: exercise, study, tidying, saving. In the moment, they feel like cost without reward, which is exactly the wrong way round for habit formation, since it is the immediate consequence of an action that teaches the habit loop.

Temptation bundling is one answer. You pair something you want to do with something you should do, and you allow yourself the enjoyable thing only while doing the other. The term comes from the behavioural scientist Katherine Milkman. In a study she led with colleagues, people who could listen to audiobooks they enjoyed only while at the gym went to the gym more often than people in a comparison group.

Examples:

- Listen to a favourite podcast only while walking or doing household chores.
- Watch a series you enjoy only while on the exercise bike.
- Have your favourite coffee only while working through your weekly paperwork.
- Meet a friend for your run, so the run comes with conversation.

The rule matters. If the podcast is also available on the sofa, the bundle loses its pull.

## Small immediate rewards

More generally, look for ways to make a habit feel good soon after you do it, not only months later. Marking the day done in a tracker, the pleasure of a tidy desk, a moment to notice that you kept a promise to yourself: these small, immediate signals help to reinforce the routine while the long-term rewards are still far away. Keep such rewards consistent with the habit; a large dessert as a reward for a run pulls in two directions.

## Try it

Redesign one part of your environment today.

1. Choose one habit you want to build and one you want to weaken.
2. For the habit you want, write down every step from the cue to the action. Remove or prepare at least one step right now, for example lay out what you need for tomorrow.
3. For the habit you want to weaken, add at least two steps of friction, such as moving the object, logging out, or turning off a notification.
4. Think of one temptation bundle you could try this week: something you enjoy that you will allow yourself only during a habit you tend to postpone.
5. After a week, note what changed and adjust.

## Key points

- Small amounts of friction strongly influence what people do, especially when they are busy or tired.
- Make good habits easy: prepare in advance, keep things visible and close, reduce decisions, use defaults.
- Make unwanted habits harder: move things out of reach, add steps, hide cues, and replace the routine with one that meets the same need.
- Use willpower at calm moments to design your surroundings, rather than to resist temptation again and again.
- Temptation bundling pairs something you enjoy with a habit you postpone, allowing the treat only during the habit.
- Small, immediate rewards help reinforce habits whose main benefits come later.`,
      quiz: [
        {
          kind: 'single',
          question: 'What is temptation bundling?',
          choices: [
            'Removing every temptation from your home so that none can distract you',
            'Allowing yourself something you enjoy only while doing a habit you tend to postpone',
            'Rewarding yourself with a treat after a week of good habits',
            'Grouping several bad habits so you can stop them at once',
          ],
          answers: [1],
          explanation:
            'The enjoyable thing is tied to the habit: for example, a favourite podcast only while walking. A treat at the end of the week is a delayed reward, not a bundle.',
        },
        {
          kind: 'multiple',
          question: 'Which of these make an unwanted habit harder? Choose all that apply.',
          choices: [
            'Charging your phone outside the bedroom',
            'Keeping sweets in plain view on the counter',
            'Logging out of social media apps after each use',
            'Turning off autoplay for the next episode',
          ],
          answers: [0, 2, 3],
          explanation:
            'Moving the phone, logging out and turning off autoplay each add a step or remove a cue. Sweets in plain view do the opposite: they act as a cue and remove friction.',
        },
        {
          kind: 'single',
          question: 'According to the lesson, where is willpower best spent?',
          choices: [
            'Resisting each temptation firmly, every time that it arises',
            'Forcing yourself through the habits you dislike most',
            'Arranging your environment at calm moments so fewer temptations arise',
            'Keeping a careful record of how often you give in',
          ],
          answers: [2],
          explanation:
            'Resisting again and again is tiring and unreliable. Setting up your surroundings once, at a calm moment, lets the environment carry you through busy days.',
        },
        {
          kind: 'single',
          question: 'Why does the lesson recommend replacing an unwanted routine rather than only removing it?',
          choices: [
            'The unwanted habit may answer a real need, and the cue will still appear',
            'Removing a habit is impossible, so replacing it is the only option',
            'A replacement routine becomes automatic without any repetition',
            'Friction works only on new habits, never on established ones',
          ],
          answers: [0],
          explanation:
            'If a habit meets a need such as a break or comfort, the cue keeps arriving. A planned alternative that meets the same need gives the cue somewhere else to go.',
        },
        {
          kind: 'single',
          question: 'Which change removes friction from a habit you want to build?',
          choices: [
            'Keeping your guitar in its case on top of the wardrobe',
            'Deciding each evening which workout to do',
            'Buying running shoes you keep in the garage',
            'Laying out your exercise clothes the night before',
          ],
          answers: [3],
          explanation:
            'Preparing clothes in advance removes a step between cue and action. A stored guitar and a nightly decision both add friction to the habit.',
        },
      ],
    },
    {
      key: 'habit_science_long_middle',
      title: 'The long middle: missed days, streaks and identity',
      summary:
        'Keep a habit going after the novelty fades: treat missed days as part of the process, use streaks without being ruled by them, plan restarts, and let the habit become part of who you are.',
      difficulty: 'intermediate',
      duration_minutes: 7,
      content_markdown: `Starting a habit is exciting. The plan is fresh, the first days go well, and each tick on the calendar feels like progress. Then comes the long middle: weeks in which the habit is no longer new but not yet automatic. Motivation dips, life interrupts, a day is missed, then another. This is where most new habits quietly end, not because the plan was wrong but because nobody planned for this stretch. This lesson is about getting through it: how to think about missed days, how to use streaks wisely, how to restart, and how the habit can become part of how you see yourself.

## Expect the dip

Early motivation comes partly from novelty, and novelty fades by design. Meanwhile, as the first lesson described, automaticity builds slowly: in Lally and colleagues' 2010 study, the median time for a daily behaviour to become automatic was 66 days, with a wide range from 18 to 254. That leaves a long period in which the habit still needs some effort, while the initial enthusiasm has already gone.

Knowing this in advance changes how the dip feels. If you expect a new habit to feel easy after three weeks, the effort in week five looks like failure. If you expect weeks to months, the same effort looks like what it is: the normal middle of the process.

## Missed days are part of the process

You will miss days. Illness, travel, a crisis at work or simply a bad day will break the pattern. The important question is not whether you miss, but what happens next.

The same 2010 study found that missing a single opportunity did not materially affect the habit's progress. One lapse does not erase what you have built. The real risk is a different one: treating one miss as proof that the whole attempt has failed. Researchers studying dieting have described a pattern sometimes called the "what-the-hell" effect, in which one broken rule leads a person to abandon the rules entirely for the rest of the day. The same all-or-nothing thinking can end a habit: "I missed Monday, so this week is ruined."

A simple rule of thumb helps: **never miss twice.** A single missed day is an accident; two in a row start a new pattern. After a miss, make the next opportunity a priority, even in its smallest form.

## Have a minimum version

On hard days, the full habit may be unrealistic. Decide in advance what the minimum version is: one page instead of a chapter, a ten-minute walk instead of a run, one line in the journal. The minimum keeps the cue and the action linked, which is what builds the habit, and it makes "never miss twice" achievable.

Write it as an if–then plan: "If I have less than ten minutes or feel exhausted, then I will do the minimum version." Doing the minimum is not cheating. On many days, once you have started, you will do more than you planned.

## Streaks: useful, but hold them lightly

A streak, the number of days in a row you have done something, can be a strong motivator. Seeing an unbroken chain gives a small reward each day, and not wanting to break it can carry you through a reluctant evening.

Streaks also have drawbacks:

- **They make a single miss feel like a total loss.** A 60-day streak reset to zero can feel like 60 days wasted, which is exactly the all-or-nothing thinking that ends habits. Those 60 days of repetition still happened, and their effect on the habit did not disappear.
- **They can become the goal.** People sometimes do a hollow version of a habit just to keep the count, or push through when rest would be wiser.
- **They ignore planned breaks.** A rest day, a holiday or an illness is not a failure, but a strict streak treats it as one.

Some ways to keep the benefits without the drawbacks:

- **Look at consistency over a longer window** as well as the streak: for example, how many of the last 30 days you did the habit. Twenty-five out of thirty is an excellent month, whatever the current streak.
- **Schedule rest and skips** rather than pretending every day must count. A habit planned for five days a week has a more honest streak than one that demands seven.
- **Celebrate the restart,** not only the run. The day after a miss, when you return, is a moment worth marking.

## Planning restarts

Sometimes a habit lapses for weeks: a move, a new baby, an illness, a busy season. Restarting is a skill, and a few things make it easier:

- **Restart small.** Return to the minimum version, even if you were doing much more before. Rebuild the cue–action link first.
- **Check the cue.** Often a habit lapses because its cue disappeared: a new commute, a different morning routine. Choose a new anchor that fits your current life.
- **Use a fresh start.** Research by Hengchen Dai, Katherine Milkman and Jason Riis found that people are more likely to take up goals around temporal landmarks, such as the start of a week, a month or a new year, or a birthday. A Monday or the first of the month can be a natural moment to begin again. But there is no need to wait for one: today can be a fresh start too.
- **Be kind to yourself.** Harsh self-criticism after a lapse tends to make the lapse feel bigger and the restart harder. Some research suggests that responding to setbacks with self-compassion can help people try again. Speak to yourself as you would to a friend who was getting back on track.

## Identity: from doing to being

Over time, a habit can become part of how you see yourself. The writer James Clear describes this as identity-based habits: rather than only aiming at an outcome ("I want to run a 10 km race"), you focus on the kind of person you are becoming ("I am someone who runs"). He describes each repetition as a vote for that identity.

Whatever the framing, the idea is practical. When a behaviour feels like part of who you are, skipping it feels out of character rather than like a small saving of effort, and decisions become simpler: "I'm a reader, so I'll take a book on the train." You do not need to announce a new identity or believe it fully at the start. Small repeated actions provide the evidence, and the self-image tends to follow.

It also helps to stay connected to why the habit matters to you. Reasons that are your own, such as having energy to play with your children or enjoying the calm of an early walk, tend to hold up better than reasons imposed from outside. Revisit them when motivation dips.

## Try it

Prepare today for the long middle of one habit you are building.

1. Write the minimum version of the habit, small enough for your worst day.
2. Write an if–then plan for using it: "If ___, then I will do the minimum version."
3. Write your rule for misses: "If I miss a day, the next day I will ___."
4. Look at the last 30 days. On how many did you do the habit? Write the number down, and use it alongside any streak.
5. Finish the sentence: "I am becoming someone who ___." Keep it where you will see it.

## Key points

- After the novelty fades and before the habit is automatic, motivation dips; expect a long middle of weeks to months.
- A single missed day does not materially undo progress; the risk is all-or-nothing thinking. Aim never to miss twice.
- A predefined minimum version keeps the cue and action linked on hard days.
- Streaks motivate but make single misses feel catastrophic; also track consistency over a longer window and schedule rest.
- Restart small, check that the cue still exists, use fresh starts such as a new week or month, and respond to lapses with kindness rather than self-criticism.
- Habits grow stronger when they become part of who you are and are tied to reasons that are your own.`,
      quiz: [
        {
          kind: 'single',
          question: 'What does the rule "never miss twice" aim to prevent?',
          choices: [
            'Ever missing a single scheduled day of the habit',
            'A single miss turning into a new pattern of not doing the habit',
            'Doing the habit twice in one day to make up for a miss',
            'Taking planned rest days that break the streak',
          ],
          answers: [1],
          explanation:
            "A single miss is an accident and, according to Lally and colleagues' study, does not materially undo progress. Two misses in a row begin to form a new pattern, so the next opportunity becomes the priority.",
        },
        {
          kind: 'multiple',
          question: 'Which of these are drawbacks of relying only on streaks? Choose all that apply.',
          choices: [
            'A single miss can feel like losing everything',
            'Keeping the count can become the goal instead of the habit itself',
            'Streaks make it impossible to track progress',
            'Planned rest days or illness look like failures',
          ],
          answers: [0, 1, 3],
          explanation:
            'Streaks can feed all-or-nothing thinking, invite hollow repetitions and punish planned breaks. They do not make progress impossible to track; the lesson suggests adding a longer-window measure.',
        },
        {
          kind: 'single',
          question: 'What is the fresh start effect described in the lesson?',
          choices: [
            'A tendency to take up goals around landmarks such as a new week, month or birthday',
            'Habits become automatic faster when they are started on a Monday',
            'After any break, a habit has to be rebuilt completely from zero',
            'Motivation is always highest on the first day of a habit',
          ],
          answers: [0],
          explanation:
            'Temporal landmarks make a new beginning feel natural, so they can be useful moments to restart. The lesson does not claim habits form faster when started on a particular day.',
        },
        {
          kind: 'single',
          question: 'Why does the lesson recommend deciding a minimum version of a habit in advance?',
          choices: [
            'So you can do less on most days',
            'Because the minimum version builds the habit faster than the full one',
            'To keep the cue and the action linked on hard days',
            'To make streaks longer than they really are',
          ],
          answers: [2],
          explanation:
            'The link between cue and action is what builds a habit. A small version you can do on your worst day keeps that link intact and makes "never miss twice" achievable.',
        },
        {
          kind: 'single',
          question: 'A habit lapsed for a month after you changed jobs. Which restart approach fits the lesson best?',
          choices: [
            'Resume at your previous full level to make up for lost time',
            'Wait for the new year, when a fresh start will feel more natural',
            'Criticise yourself firmly so that the lapse does not happen again',
            'Restart with the minimum version and choose a new cue that fits your new routine',
          ],
          answers: [3],
          explanation:
            'Lapses often happen because the old cue disappeared. Restarting small with a cue that fits your current life rebuilds the link; harsh self-criticism tends to make restarting harder.',
        },
      ],
    },
  ],
  drills: [],
};
