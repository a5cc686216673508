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
    {
      key: 'mindfulness_breath_practice',
      title: 'A simple breath practice',
      summary:
        'How to sit, where to rest your attention, and what to do each time your mind wanders: a step-by-step guide to the most common formal practice.',
      difficulty: 'beginner',
      duration_minutes: 6,
      content_markdown: `The breath is the most common starting point for formal mindfulness practice, and for good reasons. It is always with you, it happens on its own, and it changes from moment to moment, so there is always something to notice. This lesson gives you a complete, simple sitting practice: how to set up, how to sit, where to place your attention, and what to do when, inevitably, your mind goes elsewhere.

The practice here is attention training. You are not trying to breathe in a special way or to reach a particular state. If focusing on the breath makes you uncomfortable or anxious, that is common and nothing to push through: switch your attention to sounds or to the contact of your feet with the floor instead. If you have a breathing condition or any mental-health concern, check with a qualified professional about what suits you.

## Setting up

A little preparation removes many distractions before they start.

- **Choose a time.** Pick a regular slot when you are unlikely to be interrupted, even if it is only five minutes.
- **Choose a place.** A quiet corner is ideal, but not essential. A parked car or an office chair will do.
- **Use a timer.** Set a gentle alarm so you are not tempted to check the time. Five to ten minutes is plenty to start.
- **Silence your phone**, or put it in another room once the timer is running.

## Posture: alert and at ease

You can practise sitting on a chair, a cushion or a meditation stool. You can also lie down, though you may find it harder to stay awake. What matters is a posture that is both upright enough to stay alert and relaxed enough to hold for the whole session.

On a chair:

- Sit towards the front of the seat, with both feet flat on the floor, roughly hip-width apart.
- Let your back be upright but not rigid, as if your head were gently lifted from above.
- Rest your hands on your thighs or in your lap.
- Let your shoulders drop and your jaw soften.
- Close your eyes, or keep them open with your gaze resting softly on the floor a little way ahead.

There is no prize for stillness. If you become uncomfortable, you may move. Just move mindfully: notice the urge, decide to move, feel the movement, and then settle again.

## Finding the breath

Take a moment to notice where you feel your breathing most clearly. For most people, it is one of three places:

- **the nostrils**, where you may feel cool air coming in and slightly warmer air going out;
- **the chest**, rising and falling;
- **the belly**, expanding and softening.

Choose one of these as your anchor for this session. You do not need to control your breath. Let it be fast or slow, deep or shallow, smooth or uneven. Your only task is to feel it as it is.

It often helps to notice the detail of a single breath: the start of the in-breath, its middle and end, the small pause, then the out-breath and another pause. There is more happening in one breath than you might expect.

## When the mind wanders

Sooner or later, usually sooner, you will realise you are no longer feeling the breath. You are thinking about an email, a meal, a memory. This is the moment that matters most in the practice. When you notice:

1. **Acknowledge it, briefly.** You might silently say "thinking" or "wandering".
2. **Let go of the thought.** You do not need to finish it or analyse it. It will still be there later if it is important.
3. **Return to the breath**, to the next in-breath or out-breath, at your chosen anchor.

Do this as many times as needed. There will be sessions where you return a hundred times. The wandering is not the problem; not noticing it is what you are slowly training away from. Every return strengthens the skill.

Watch out for a second layer of reaction: frustration, self-criticism, or a commentary about how badly the session is going. These are also thoughts. Notice them the same way, and come back.

## Helpful supports

If the mind is very busy, some simple supports can help you stay with the breath. Use them lightly and drop them when they are no longer needed.

- **Counting.** Silently count each out-breath from one to ten, then start again at one. If you lose count, or find yourself at twenty-three, simply start again at one. Losing count is another moment of noticing.
- **Noting.** Silently say "in" as you breathe in and "out" as you breathe out.
- **Widening.** If focusing on a small area feels tight, widen your attention to the whole body breathing.

## Common experiences

Many people find that the same experiences come up again and again in early practice.

- **Restlessness.** An urge to move, check something or stop. Notice it as a sensation in the body, and see if you can stay with it for a few breaths.
- **Sleepiness.** Sit more upright, open your eyes, or practise at a different time of day.
- **Boredom.** Boredom is often a sign that attention has stopped looking closely. Try noticing one breath in fine detail.
- **Trying too hard.** Straining to concentrate creates tension. Aim for light, steady attention, the way you would hold a small bird: firmly enough that it does not fly away, gently enough not to hurt it.
- **Controlling the breath.** Paying attention to breathing often changes it. That is fine. Notice it, and let the breath go back to doing its own thing as best you can.

None of these mean you are doing it wrong. They are all part of what there is to notice.

## Ending the practice

When the timer sounds, do not jump straight up. Take a moment to widen your attention to your whole body, the sounds around you and the room. Notice how you feel, without needing it to be any particular way. Then open your eyes, if they were closed, and move on with your day.

Some people find it useful to write one line in a journal afterwards: the length of the session and one thing they noticed. Over weeks, this shows the regularity of practice more than any single session can.

## Try it

Today, do a five-minute breath practice.

1. Set a timer for five minutes and sit upright on a chair with both feet on the floor.
2. Notice where you feel the breath most clearly, and choose that as your anchor.
3. Count each out-breath from one to ten, then start again. Whenever you lose count, start at one without comment.
4. When the timer ends, pause for a few breaths with your attention on your whole body.
5. Write down one thing you noticed, such as how often you lost count, or a sensation that surprised you.

## Key points

- The breath makes a good anchor because it is always present and always changing.
- Sit in a posture that is upright enough to be alert and relaxed enough to hold comfortably.
- Choose one place to feel the breath: nostrils, chest or belly. Let it be as it is.
- When the mind wanders, acknowledge it, let go and return. Each return is the practice.
- Counting, noting and widening are supports; restlessness, sleepiness and boredom are things to notice, not failures.
- If attending to the breath is uncomfortable, use sounds or your feet as the anchor instead.
`,
      quiz: [
        {
          kind: 'single',
          question: 'What is your task with the breath during this practice?',
          choices: [
            'Breathe slowly and deeply to relax',
            'Hold your breath between in- and out-breaths',
            'Feel the breath as it is, without controlling it',
            'Count as many breaths as possible in the time',
          ],
          answers: [2],
          explanation:
            'The practice is attention training: you feel the breath as it happens rather than trying to change it. Counting is an optional support, not a goal.',
        },
        {
          kind: 'multiple',
          question:
            'Which of these are places the lesson suggests as an anchor for the breath? (Choose all that apply.)',
          choices: ['The fingertips', 'The nostrils', 'The knees', 'The chest', 'The belly'],
          answers: [1, 3, 4],
          explanation:
            'Most people feel breathing most clearly at the nostrils, the chest or the belly. You choose one of these as the anchor for a session.',
        },
        {
          kind: 'single',
          question:
            'You are counting out-breaths and realise you have reached twenty-three. What does the lesson suggest?',
          choices: [
            'Start again at one, without comment',
            'Carry on to thirty and then stop',
            'End the session because concentration has failed',
            'Count backwards to ten as a penalty',
          ],
          answers: [0],
          explanation:
            'Losing count is just another moment of noticing. Simply start again at one; no judgement or penalty is needed.',
        },
        {
          kind: 'single',
          question:
            'During practice you feel annoyed at yourself for wandering so often. How does the lesson suggest you treat that annoyance?',
          choices: [
            'Push through it by concentrating harder',
            'Take it as a sign to stop practising',
            'Replace it with a positive thought',
            'Notice it as another thought, and return to the breath',
          ],
          answers: [3],
          explanation:
            'Frustration and self-criticism are a second layer of thoughts. You notice them like any other thought and come back; straining harder tends to add tension.',
        },
        {
          kind: 'single',
          question: 'What does the lesson suggest if focusing on the breath makes you feel uncomfortable or anxious?',
          choices: [
            'Keep going until the feeling passes',
            'Use another anchor, such as sounds or your feet on the floor',
            'Breathe faster to move past it',
            'Practise for longer each day',
          ],
          answers: [1],
          explanation:
            'Discomfort with the breath is common and nothing to force through. Sounds or the contact of the feet work as anchors too, and for any mental-health concern a qualified professional can advise.',
        },
      ],
    },
    {
      key: 'mindfulness_body_scan',
      title: 'The body scan and noticing sensations',
      summary:
        'Move your attention slowly through the body, noticing sensations as they are. The body scan trains steady, detailed attention and a gentler way of meeting discomfort.',
      difficulty: 'intermediate',
      duration_minutes: 6,
      content_markdown: `In the breath practice, you rest your attention on one place. The body scan asks something different: you move your attention slowly through the body, region by region, noticing whatever sensations are present. It is one of the most widely taught formal practices, and it trains two things at once. It trains steadiness, because you keep guiding attention along a path. And it trains detail, because you learn to notice sensations that usually pass unregistered, and to meet them as they are rather than as you expect them to be.

As with every practice in this topic, the body scan is attention training, not a treatment. Some people find close attention to the body uncomfortable or distressing, particularly if they have experienced trauma or live with pain. You are always free to open your eyes, move, skip a region, shorten the practice or stop. If a mental-health or medical concern is involved, talk to a qualified professional about what is right for you.

## What a sensation is

Before you start, it helps to be clear about what you are looking for. A sensation is a direct, physical experience in the body, such as:

- warmth or coolness;
- pressure or contact, such as the chair against your back;
- tingling, buzzing or pulsing;
- tightness, heaviness, lightness;
- itching, aching, softness;
- movement, such as the breath in the belly.

Notice the difference between a sensation and a thought about it. "Pressure in the left heel" is a sensation. "My feet are always cold because I have bad circulation" is a story. The body scan gently sets the story aside and returns to the direct experience.

You may also find areas where you feel nothing in particular. That is normal. "No obvious sensation here" is a perfectly good observation. There is no need to invent or search hard for something.

## Setting up

A body scan is usually practised lying down, on a bed, mat or rug, though you can do it sitting in a chair. Lying down makes sleepiness more likely, so if you tend to drift off, sit up or keep your eyes open.

- Lie on your back with your arms by your sides and your legs uncrossed, or sit upright with your feet on the floor.
- Use a pillow or blanket so you are comfortable and warm.
- Set a timer. A full scan is often twenty to forty-five minutes, but ten to fifteen minutes is a good start.

## The practice, step by step

1. **Arrive.** Take a few breaths and feel the whole body resting, supported by the floor or the chair. Notice the points of contact.
2. **Begin at the feet.** Bring your attention to the toes of one foot. What is there? Warmth, coolness, contact with a sock, tingling, nothing in particular? Stay for a few breaths.
3. **Move slowly.** Move your attention to the sole of that foot, the heel, the top of the foot and the ankle. Spend a few breaths with each.
4. **Continue up the leg.** The lower leg, the knee, the thigh. Then move to the other foot and leg and repeat.
5. **The torso.** The pelvis and hips, the lower back, the belly, the upper back and the chest. Notice the breath moving here.
6. **The arms.** The fingers and palms of both hands, the wrists, forearms, elbows, upper arms and shoulders.
7. **The neck and head.** The neck, throat, jaw, mouth, nose, cheeks, eyes, forehead, the back and top of the head.
8. **The whole body.** Finally, widen your attention to take in the whole body at once, breathing, for a few breaths before you finish.

You can adapt the route and pace to the time you have. In a short scan, you might take larger regions: both legs, then the torso, then both arms, then the head.

## When the mind wanders, or sensations are strong

The same loop from the breath practice applies here. When you notice your attention has drifted into thinking, acknowledge it briefly and return to the region you were attending to, or to the next one if you have lost your place. There is no need to go back to the feet.

Some sensations will be pleasant, some neutral, some unpleasant. The practice invites you to notice all three with the same open interest. With an unpleasant sensation, such as an ache or tightness, you might:

- **explore it with curiosity:** where exactly is it, what are its edges, is it steady or does it change?
- **notice your reactions to it:** bracing, wishing it gone, a story about what it means;
- **breathe with it:** imagine the breath reaching that area, without trying to make anything change.

You are not trying to make tension release or discomfort disappear. Sometimes a sensation shifts when you attend to it, and sometimes it does not; both are fine. If a sensation is intense, or if exploring it becomes distressing, move your attention to a neutral place such as the hands or the contact of your body with the floor, or open your eyes and stop. Pain that worries you is a matter for a qualified professional, not for practice.

## Common experiences

- **Falling asleep.** Very common, especially lying down. Try practising earlier in the day, sitting up, or keeping your eyes open.
- **Impatience.** The scan can feel slow. Notice impatience as itself an experience: where is it felt in the body?
- **Numbness or blankness.** Some areas may seem to have no sensation. Notice that, and move on.
- **Expecting relaxation.** Many people feel calm during a body scan, and many do not. The aim is awareness, not a particular feeling.

## Bringing the body into daily life

The body scan builds a habit of checking in with physical experience. You can carry this into short informal practices:

- **A one-minute check-in.** Pause and run your attention quickly from feet to head. Notice where you are holding tension, how you are sitting, and whether you are hungry, tired or restless.
- **Anchoring in contact.** In a stressful moment, feel the soles of your feet on the floor for a few breaths. It offers a stable, neutral place for attention to rest.
- **Noticing before reacting.** When something irritates you, notice where you feel it in the body before you respond.

These are ways of paying attention, not techniques for changing how you feel. What you do with what you notice is up to you.

## Try it

Today, do a ten-minute body scan, lying down or sitting.

1. Set a timer for ten minutes.
2. Spend one minute arriving: feel the points of contact with the floor or chair.
3. Move through large regions, about a minute and a half each: both feet and lower legs; knees and thighs; hips and belly; back and chest; both arms and hands; neck and head.
4. Use the last minute to feel the whole body breathing.
5. Afterwards, write down one sensation you noticed that you would not normally have registered.

## Key points

- The body scan moves attention slowly through the body, noticing sensations as they are.
- A sensation is direct physical experience; notice it rather than the story about it. "Nothing in particular" is a valid observation.
- When the mind wanders, return to the region you were attending to, without starting over.
- Meet pleasant, neutral and unpleasant sensations with the same interest; you are not trying to change them.
- You can always open your eyes, move, skip a region or stop. For pain or distress, see a qualified professional.
- Short informal check-ins carry the skill into daily life.
`,
      quiz: [
        {
          kind: 'single',
          question: 'How does the body scan differ from the breath practice?',
          choices: [
            'It moves attention slowly through the body, region by region, instead of resting on one place',
            'It requires you to control your breathing',
            'It can only be done sitting upright',
            'It aims to make every sensation pleasant',
          ],
          answers: [0],
          explanation:
            'In the breath practice attention rests on a single anchor; in the body scan it travels along a path through the body. It can be done lying down or sitting, and it does not aim to change sensations.',
        },
        {
          kind: 'multiple',
          question: 'Which of these are sensations rather than stories about sensations? (Choose all that apply.)',
          choices: [
            'My back is stiff because I am getting old',
            'Pressure where the heel meets the floor',
            'Warmth in the palms',
            'My shoulders are tense because my job is terrible',
            'Tingling in the fingertips',
          ],
          answers: [1, 2, 4],
          explanation:
            'Pressure, warmth and tingling are direct physical experiences. The other two add explanations and judgements, which the body scan gently sets aside in favour of what is actually felt.',
        },
        {
          kind: 'single',
          question:
            'You reach your shoulders and realise you have been planning tomorrow for some time. What does the lesson suggest?',
          choices: [
            'Start the scan again from the feet',
            'End the practice and try again tomorrow',
            'Acknowledge it and return to the region you were on, or the next one',
            'Finish the planning first, then continue',
          ],
          answers: [2],
          explanation:
            'The loop of noticing and returning applies here too. There is no need to go back to the start; simply pick up where you were.',
        },
        {
          kind: 'single',
          question: 'What does the lesson say you should do if exploring a sensation becomes distressing?',
          choices: [
            'Keep focusing on it until it goes away',
            'Move attention to a neutral place, open your eyes or stop; see a qualified professional for worrying pain or distress',
            'Breathe faster to push through',
            'Ignore it and scan faster',
          ],
          answers: [1],
          explanation:
            'You are always free to shift attention, open your eyes or stop. The practice is not a treatment, and pain or distress that worries you is a matter for a qualified professional.',
        },
        {
          kind: 'single',
          question: 'What is the aim of the body scan, according to the lesson?',
          choices: [
            'To relax every muscle completely',
            'To fall asleep quickly',
            'To find and fix areas of tension',
            'To notice sensations as they are, with open interest',
          ],
          answers: [3],
          explanation:
            'The aim is awareness of what is present. Some people feel calm and some do not; the practice does not set out to relax, fix or change anything.',
        },
      ],
    },
    {
      key: 'mindfulness_thoughts_emotions',
      title: 'Working with thoughts and emotions',
      summary:
        'Thoughts and feelings can be noticed like any other experience. Learn noting and labelling, how to stop fighting your own mind, and how to step back from a thought without obeying or arguing with it.',
      difficulty: 'intermediate',
      duration_minutes: 6,
      content_markdown: `So far you have treated thoughts mainly as distractions: things that pull you away from the breath or the body, to be noticed and left behind. This lesson turns attention to the thoughts and emotions themselves. The same skill applies: notice what is present, with curiosity rather than judgement. The difference is that this time, the contents of your mind are the object of practice. Learning to see a thought as a thought, and a feeling as a feeling, gives you a little more room in how you respond to them.

A clear boundary first. This is attention training, not therapy. It does not replace professional support, and it is not a way to handle a crisis alone. If you are dealing with persistent low mood, anxiety, intrusive or distressing thoughts, or thoughts of harming yourself, please contact a doctor, a qualified mental-health professional or an emergency service. If any practice here brings up distress that does not settle, stop, and seek support.

## Thoughts are events in the mind

A thought is something that happens: words, images or memories that arise, stay for a while and pass. Most of the time, though, you do not experience a thought as an event. You experience it as reality. "I'm going to be late" does not feel like a sentence your mind produced; it feels like a fact about the world, and your body reacts accordingly.

Mindfulness practice trains a small but important shift: noticing that a thought is occurring. Compare these:

- "This is going to go badly."
- "I'm having the thought that this is going to go badly."

The second version does not argue with the thought or replace it. It just sees it from one step back. From there, you can ask whether it is useful, whether it is accurate, and what you want to do, rather than reacting automatically.

Some thoughts will be accurate and important. Stepping back does not mean dismissing them. It means choosing how to respond rather than being carried along.

## Noting and labelling

A simple and widely taught method is noting: silently giving a brief label to what you notice, then returning to your anchor or staying with the experience.

Labels are best kept short and general:

- **"thinking"**, for any thought;
- **"planning"**, **"remembering"**, **"worrying"**, **"judging"**, for types of thinking;
- **"hearing"**, **"itching"**, **"tension"**, for sensations;
- **"sadness"**, **"irritation"**, **"excitement"**, **"fear"**, for emotions.

The note should be light, a quiet word in the background, not a detailed analysis. If you are unsure of the right label, "thinking" or "feeling" will do. The aim is recognition, not accuracy.

Labelling a feeling is different from being the feeling. "Anger is here" describes an experience you are having. "I am furious" describes who you are in that moment. The first leaves more space.

## Emotions in the body

Emotions are not only thoughts. They also show up as sensations: a tight throat, a hot face, a heavy chest, a fluttering stomach, a clenched jaw. The body scan gave you practice in noticing sensations, and that skill is especially useful here.

When a strong feeling arises, you can:

1. **Recognise it.** Note it: "irritation", "worry".
2. **Find it in the body.** Where is it felt? What are the sensations like?
3. **Allow it to be there.** You do not need to approve of it or act on it. Just let it be present for a few breaths while you observe.
4. **Notice how it changes.** Feelings tend to rise, shift and fade when they are not fed with more thinking. Sometimes they do not, and that is also fine to notice.

This is not about suppressing emotion or becoming detached from it. It is about experiencing it more directly, with less automatic reaction layered on top.

## Not fighting your own mind

One of the most common obstacles in practice is the effort to get rid of unwanted thoughts and feelings. People try to push worries away, argue with them, or scold themselves for having them. This tends to make things harder: fighting a thought keeps your attention on it, and a second layer of frustration is added to the first.

Several images are often used to describe a different approach:

- **Clouds in the sky.** Thoughts pass through awareness the way clouds cross the sky. You can watch them without chasing them.
- **Traffic on a road.** You can stand on the pavement and see cars go by, rather than stepping into the road and being carried off by each one.
- **Leaves on a stream.** Each thought is a leaf floating by. You notice it and let it drift on.

The point of all three is the same: you can let thoughts come and go without grabbing onto them or pushing them away. When you do get caught up, which will happen often, that is simply another moment to notice and return.

## Practice: open awareness of thoughts

Once you are familiar with the breath practice, you can try a session where thoughts are the focus.

1. Begin with a few minutes of the breath practice to settle.
2. Then shift your attention from the breath to the mind itself. Wait, with interest, for the next thought to appear.
3. When a thought arises, note it lightly, "planning", "remembering", and watch what it does. Does it lead to another thought? Does it fade?
4. If you find you have been carried away into a long train of thinking, note "thinking" and come back to watching.
5. If this becomes too busy or too unsettling, return to the breath or the feet as an anchor for a while.

This is harder than it sounds, because it is easy to slip from watching thoughts into having them. Treat each slip as part of the practice.

## In everyday life

The real test of this skill is in ordinary moments: a curt email, a traffic jam, a worry that arrives at three in the morning. A short version of the practice can help you meet them:

- **Pause.** Take one or two breaths and feel your feet on the floor.
- **Note.** Silently name what is happening: "anger", "worry", "the thought that I've failed".
- **Feel.** Notice where it shows up in the body.
- **Choose.** Ask what a helpful next step would be, if there is one.

This is not a promise that difficult feelings will disappear. It is a way of giving yourself a moment between what happens and how you respond.

## Try it

Today, try five minutes of noting.

1. Sit in your usual posture, set a timer for five minutes, and rest your attention on the breath.
2. Whenever something pulls your attention away, silently note it with one word, "thinking", "hearing", "itching", "worry", then return to the breath.
3. Keep the notes light and quick. If you cannot find a word, use "thinking" or "feeling".
4. Afterwards, write down which labels came up most often. This is not a score; it is a simple picture of where your mind tends to go.

## Key points

- Thoughts are events in the mind; noticing a thought as a thought gives you room to choose how to respond.
- Noting means giving a light, one-word label to what you notice, then returning or staying with it.
- Emotions appear in the body as well as in thoughts; recognise, locate and allow them.
- Fighting thoughts tends to keep attention on them; let them come and go without grabbing or pushing away.
- This is attention training, not therapy. For persistent distress or any mental-health concern, contact a qualified professional, and in a crisis, an emergency service.
`,
      quiz: [
        {
          kind: 'single',
          question: 'Which statement reflects the shift this lesson teaches?',
          choices: [
            '"This is going to go badly."',
            '"I\'m having the thought that this is going to go badly."',
            '"This is going to go brilliantly."',
            '"I must stop thinking that this will go badly."',
          ],
          answers: [1],
          explanation:
            'Seeing a thought as a thought means noticing it as an event in the mind. The lesson does not ask you to replace it with a positive thought or to force it away.',
        },
        {
          kind: 'single',
          question: 'What does the lesson recommend about the labels you use when noting?',
          choices: [
            'Keep them short and light; "thinking" or "feeling" will do if unsure',
            'Analyse each thought in detail before labelling it',
            'Use as precise a psychological term as possible',
            'Say the labels aloud to make them stronger',
          ],
          answers: [0],
          explanation:
            'Noting is quiet and brief. The aim is recognition, not accuracy, so a general label is fine when a specific one does not come.',
        },
        {
          kind: 'multiple',
          question: 'When a strong feeling arises, which steps does the lesson suggest? (Choose all that apply.)',
          choices: [
            'Push it away as quickly as possible',
            'Recognise and note it',
            'Find where it is felt in the body',
            'Argue with it until it goes',
            'Allow it to be there for a few breaths while you observe',
          ],
          answers: [1, 2, 4],
          explanation:
            'Recognising, locating and allowing a feeling let you experience it more directly. Pushing it away or arguing with it tends to keep your attention on it and add frustration.',
        },
        {
          kind: 'single',
          question: 'Why does the lesson say fighting unwanted thoughts tends to make things harder?',
          choices: [
            'Because all thoughts are accurate',
            'Because thoughts cannot change',
            'Because it keeps attention on the thought and adds a layer of frustration',
            'Because you should act on every thought',
          ],
          answers: [2],
          explanation:
            'Struggling with a thought keeps it at the centre of attention, and the effort adds frustration on top of the original experience. Letting thoughts come and go avoids both.',
        },
        {
          kind: 'single',
          question:
            'What does the lesson say to do if you experience persistent distress or thoughts of harming yourself?',
          choices: [
            'Practise noting for longer each day',
            'Use the clouds-in-the-sky image until they pass',
            'Keep it to yourself and rely on the practice',
            'Contact a doctor, a qualified mental-health professional or an emergency service',
          ],
          answers: [3],
          explanation:
            'This practice is attention training, not therapy or crisis support. Persistent distress and any thoughts of self-harm call for professional or emergency help.',
        },
      ],
    },
    {
      key: 'mindfulness_everyday',
      title: 'Everyday mindfulness',
      summary:
        'Bring the same attention into ordinary life: mindful listening, walking, eating and the transitions between activities, plus ways to keep a practice going.',
      difficulty: 'intermediate',
      duration_minutes: 6,
      content_markdown: `Formal practice, sitting with the breath or lying down for a body scan, is like a training session. But most of your life happens outside those sessions: at work, in conversation, on the move, in the small gaps between one thing and the next. Everyday, or informal, mindfulness brings the same quality of attention into these ordinary moments. It needs no extra time, because it uses time you are already spending. This lesson covers a few of the most useful forms and how to make them a habit.

As before, this is a way of training attention, not a treatment or a promise of any particular outcome. If you have concerns about your mental health, talk to a qualified professional.

## The principle: one thing, fully

Much of daily life is lived on autopilot. You walk to the station while rehearsing a meeting, eat lunch while reading messages, and listen to a friend while planning your reply. Autopilot is efficient and often necessary. The cost is that you miss a good part of your own experience, and you react by habit rather than by choice.

Everyday mindfulness uses a simple principle: for a short while, do one thing and pay full attention to it. You do not need to do everything this way. A few deliberate moments a day are enough to build the habit of noticing where your attention is.

The loop is the same as in formal practice: attend, notice when you have drifted, and return.

## Mindful listening

Conversation is one of the richest places to practise, because attention drifts so easily while someone else is talking. Mindful listening means giving the speaker your full attention:

- **Put other things down.** Turn away from the screen, put the phone face down, and look at the person if that is comfortable.
- **Listen to understand.** Attend to their words, tone and pace, rather than preparing your answer.
- **Notice the urge to interrupt**, advise or turn the conversation to yourself. Let it pass, at least for now.
- **Pause before you reply.** A breath between their last word and your first gives you a moment to respond to what was actually said.

When you realise you have drifted into your own thoughts, as everyone does, simply come back to their voice. You might be surprised how much more you notice: what is said, what is not said, and how it feels to be listened to with care.

## Mindful walking

Walking combines movement, sensation and surroundings, which makes it an accessible practice, especially for people who find sitting still difficult. There are two versions.

**Slow, formal walking.** Choose a quiet path of ten to twenty steps, indoors or out. Walk slowly, feeling each part of a step: the lifting of the heel, the foot moving through the air, the placing of the heel and then the rest of the foot, the shift of weight. At the end of the path, pause, turn and walk back. When your mind wanders, return to the sensations of the feet.

**Everyday walking.** On an ordinary walk, at your normal pace, choose an anchor for a few minutes: the contact of your feet with the ground, the rhythm of your steps, the sounds around you, or what you can see. You might walk to the shop without headphones once and notice what you usually miss.

If balance is a concern, practise near a wall or rail, or use sounds or sights as the anchor instead of the feet.

## Mindful eating

Meals are another natural opportunity. Choose one meal or snack, or just the first few mouthfuls of one, and eat without screens or reading.

- Look at the food: its colours, shapes and textures.
- Notice the smell before you taste.
- Take a mouthful and put the fork or spoon down while you chew.
- Notice the flavours, how they change, and the texture.
- Notice when the urge to take the next mouthful arises, before you act on it.

This is an exercise in attention, not a diet or a set of rules about what or how much to eat.

## Transitions

Some of the most useful moments for practice are transitions: the points between one activity and the next. They are short, they happen many times a day, and they are usually filled by reaching for a phone. A single pause at a transition helps you arrive in the next activity rather than carrying the last one with you.

Some ideas:

- **Before opening your laptop**, take three breaths and feel your feet on the floor.
- **Between meetings**, stand up, notice the sensations of standing and the sounds in the room, for thirty seconds.
- **When you arrive home**, pause at the door for a breath before going in.
- **When the kettle is boiling** or a page is loading, notice the waiting itself, rather than filling it.

A short, structured version is sometimes taught as a three-step pause: first notice what is here right now, thoughts, feelings and sensations; then gather attention on a few breaths; then widen attention to the whole body and the space around you before carrying on.

## Using cues

Because informal practice does not happen at a set time, it is easy to forget. Cues help. Tie a moment of mindfulness to something that already happens every day:

- every time you wash your hands, feel the water and the soap;
- every time you climb stairs, feel your legs working;
- every time your phone rings, take one breath before answering;
- every time you sit down in a vehicle, feel the seat supporting you.

Pick one or two cues at first. When they become automatic, add another.

## Keeping a practice going

Building any new habit takes time. Research on habit formation, such as a study by Lally and colleagues in 2010, found that the time for a new daily behaviour to feel automatic varied widely between people, from 18 to 254 days, with a median of about 66 days. Expect your practice to feel deliberate for a while before it feels natural.

Some ways to keep going:

- **Keep formal practice small and regular.** A few minutes most days, at a fixed time, anchors everything else.
- **Expect gaps.** Missing a day, or a week, does not undo what you have learned. Simply begin again; beginning again is itself the practice.
- **Stay curious.** Vary the anchor, the practice or the setting when it starts to feel stale.
- **Practise with others** if it helps: a local group or course run by an experienced teacher can offer guidance and company.

## Try it

Choose one everyday practice for the rest of today.

1. Pick a single cue: washing your hands, the first sip of a drink, or sitting down at your desk.
2. Each time the cue happens, give it your full attention for three breaths: the sensations, sounds and sights.
3. If you forget, that is fine. When you remember, use the next occurrence.
4. This evening, write down how many times you remembered, and one thing you noticed that you would normally have missed.

## Key points

- Everyday mindfulness brings the same attention into ordinary activities, using time you already spend.
- The principle is to do one thing and pay full attention to it, for a short while.
- Mindful listening means attending fully to the speaker, noticing the urge to interrupt and pausing before replying.
- Walking, eating and transitions between activities are natural places to practise.
- Cues tied to daily routines make informal practice easier to remember.
- New habits take time to feel automatic; missing days is normal, and beginning again is part of the practice.
`,
      quiz: [
        {
          kind: 'single',
          question: 'What is the basic principle of everyday mindfulness in this lesson?',
          choices: [
            'Do everything slowly, all day',
            'Avoid any activity done on autopilot',
            'Meditate for an hour before each activity',
            'For a short while, do one thing and pay full attention to it',
          ],
          answers: [3],
          explanation:
            'A few deliberate moments of full attention build the habit. The lesson notes that autopilot is often necessary, and that you need not do everything mindfully.',
        },
        {
          kind: 'multiple',
          question: 'Which of these are part of mindful listening as the lesson describes it? (Choose all that apply.)',
          choices: [
            'Putting the phone face down',
            'Noticing the urge to interrupt and letting it pass',
            'Preparing your reply while the other person speaks',
            'Steering the conversation back to yourself',
            'Pausing for a breath before you reply',
          ],
          answers: [0, 1, 4],
          explanation:
            'Removing distractions, noticing the urge to interrupt and pausing before replying all support full attention to the speaker. Preparing your reply or turning the talk to yourself pulls attention away.',
        },
        {
          kind: 'single',
          question: 'In slow, formal walking practice, what do you usually pay attention to?',
          choices: [
            'The sensations of each step: lifting, moving and placing the foot',
            'How fast you can walk the path',
            'Planning the rest of the day',
            'Counting the total number of steps',
          ],
          answers: [0],
          explanation:
            'Slow walking attends to the sensations of each part of a step, returning to the feet when the mind wanders. It is not about speed or counting.',
        },
        {
          kind: 'single',
          question: 'Why are transitions between activities useful moments for practice?',
          choices: [
            'They are the only time mindfulness is allowed',
            'They are short, happen many times a day, and help you arrive in the next activity',
            'They last long enough for a full body scan',
            'They are when the mind never wanders',
          ],
          answers: [1],
          explanation:
            'Transitions are brief and frequent, and a pause there helps you leave the last activity behind instead of carrying it into the next one.',
        },
        {
          kind: 'single',
          question:
            'According to the study by Lally and colleagues mentioned in the lesson, how long did new daily behaviours take to feel automatic?',
          choices: [
            'Exactly 21 days for everyone',
            'About a week',
            'A median of about 66 days, with wide variation between people',
            'At least a year in every case',
          ],
          answers: [2],
          explanation:
            'The study found a median of about 66 days, with a wide range, from 18 to 254 days. So expect a new practice to feel deliberate for a while; the popular figure of 21 days is not what it found.',
        },
      ],
    },
  ],
  drills: [],
};
