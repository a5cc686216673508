import type { TopicSeed } from './types';

export const productivityTopic: TopicSeed = {
  key: 'productivity',
  name: 'Productivity',
  description: 'Plan, prioritise and protect your attention: the working methods behind deep, sustainable output.',
  icon: 'target',
  color: '#2563eb',
  skill: 'focus',
  lessons: [
    {
      key: 'productivity_prioritising',
      title: 'Prioritising what matters',
      summary:
        'Tell the important from the merely urgent, and choose a few most important tasks each day so that your best hours go to the work that counts.',
      difficulty: 'beginner',
      duration_minutes: 6,
      content_markdown: `Most days offer more to do than there is time to do it. That is not a sign that you are failing; it is the normal condition of adult life. The question is never whether some things will be left undone, but which ones. Prioritising is the habit of making that choice on purpose, before the day makes it for you. This lesson gives you two simple tools for it: the difference between important and urgent work, and a short list of the few tasks that matter most today.

## Busy is not the same as productive

It is possible to work hard all day and still feel that nothing moved. Usually the reason is that the day was spent on whatever arrived next: a message that wanted a reply, a small request from a colleague, a form with a deadline tomorrow. Each of these felt reasonable in the moment. Together, they crowded out the work that would have made a real difference, the report, the difficult conversation, the project you keep meaning to start.

Being productive means making progress on the things you care about, not processing the largest number of items. A day with three meaningful steps forward is a better day than one with thirty replies and no progress, even though the second may feel fuller.

## Important and urgent are different questions

A useful way to sort tasks is to ask two separate questions of each one:

- **Is it important?** Does it move you towards a goal, a responsibility or a value you hold? Would it matter in a month if it were never done?
- **Is it urgent?** Does it demand attention now, because of a deadline, a person waiting or a visible alarm?

The two are easy to confuse because urgency feels like importance. A ringing phone seems to matter simply because it is ringing. Crossing the two questions gives four groups, a grid often called the Eisenhower matrix and popularised by Stephen Covey:

1. **Important and urgent.** Real deadlines, genuine problems, a child who is ill. Do these; they are rarely optional.
2. **Important, not urgent.** Planning, learning, health, relationships, the project with no deadline yet. This is where most long-term progress lives, and it is the group most often neglected, because nothing forces it onto today.
3. **Urgent, not important.** Many interruptions, some meetings, requests that matter more to someone else than to your own goals. Handle them briefly, batch them, delegate them or decline them where you can.
4. **Neither.** Aimless scrolling, busywork that exists to feel busy. Drop or limit these without guilt.

The point of the grid is not to fill it in every morning. It is to notice that the second group needs protection. Work that is important but not urgent only gets done if you decide in advance when it will happen; otherwise urgent work will always win the moment.

## Why the second group keeps slipping

Urgent tasks come with their own reminders. Someone asks again, a deadline approaches, a notification sits on your screen. Important tasks without a deadline send no reminders at all. They wait quietly, and because they are often larger and less clear, starting them feels harder than answering one more message.

There is also a trap in the first group. Many urgent crises were once important tasks that were not urgent yet. The tax return left until the last week, the car service postponed until the car broke down. Giving time to the second group early is the most reliable way to shrink the first.

## A few most important tasks

The second tool is simpler. Each day, before you open your inbox, choose a small number of most important tasks, often abbreviated MITs. One to three is the usual range. These are the tasks that, if they were the only things you finished today, would still make the day a good one.

A few guidelines help:

- **Keep the list short.** Three is a ceiling, not a target. On a day full of meetings, one may be realistic.
- **Include at least one task from the important but not urgent group** whenever you can. That is how long-term work keeps moving.
- **Make each task concrete.** "Work on the report" is vague; "draft the section on costs" tells you what to do when you sit down.
- **Do one of them early.** Your first hours are the ones least likely to be claimed by other people. Spending them on an MIT means that even a chaotic afternoon cannot take it away.

Everything else goes on a separate list of other tasks. You may well finish many of those too, but they are done after, or around, the few that matter.

## Saying no, or not yet

Choosing priorities also means choosing what will not happen today. That can feel uncomfortable, especially with requests from other people. A few phrases make it easier:

- "I can look at this on Thursday; would that work?"
- "I'm focused on X this week. Is this more important than X?"
- "I can do a shorter version by Friday."

You are not refusing to help; you are being honest about your capacity. A request that is accepted and then quietly left undone costs the other person more than a clear "not this week".

## Choosing when everything seems important

Sometimes every task on the list claims to be essential. When that happens, a few questions can break the tie:

- **What happens if this waits a week?** If the answer is "very little", it is not today's priority.
- **Which task makes other tasks easier or unnecessary?** A decision, a conversation or a piece of groundwork often unlocks several later steps.
- **Which task am I avoiding?** The one you keep moving to tomorrow is often the one that matters most, and avoiding it has its own cost in worry.
- **Whose priority is it?** Some tasks are important to someone else. That can be a good reason to do them, but it is worth noticing the difference.

## Try it

Take ten minutes today, before you start your main work.

1. Write down everything currently on your mind that needs doing. Do not sort yet.
2. Mark each item with I if it is important and U if it is urgent. Some will have both letters, some neither.
3. Look at the items marked I but not U. Choose one that you will work on this week, and write down when.
4. From the whole list, choose one to three most important tasks for today. Make each one concrete enough that you would know where to begin.
5. Start the first of them before you check messages, even if only for twenty minutes.

In the evening, notice how the day felt compared with one where you simply reacted. Did the MITs happen? If not, what took their place?

## Key points

- Productivity is progress on what matters, not the number of tasks processed.
- Importance and urgency are separate questions; urgency often disguises itself as importance.
- Important but not urgent work (planning, learning, health, relationships, long projects) is where long-term progress lives, and it needs time set aside in advance.
- Choose one to three concrete most important tasks each day and start one of them early.
- Saying "not yet" clearly is part of prioritising, and kinder than an empty yes.`,
      quiz: [
        {
          kind: 'single',
          question: 'Which group of tasks does the lesson say is most often neglected?',
          choices: [
            'Important and urgent',
            'Important but not urgent',
            'Urgent but not important',
            'Neither important nor urgent',
          ],
          answers: [1],
          explanation:
            'Important but not urgent work sends no reminders and has no deadline forcing it onto today, so it is the easiest to postpone, even though it holds most long-term progress.',
        },
        {
          kind: 'single',
          question: 'How many most important tasks (MITs) does the lesson suggest choosing for a day?',
          choices: ['As many as you can fit in', 'Exactly five', 'One to three', 'None; simply follow your inbox'],
          answers: [2],
          explanation:
            'One to three is the usual range, and three is a ceiling rather than a target. A short list is what makes the tasks stand out from everything else.',
        },
        {
          kind: 'multiple',
          question: 'Which of these are typically important but not urgent? Choose all that apply.',
          choices: [
            'Planning the next quarter of a project',
            'Learning a skill that your future work will need',
            'Answering a notification the moment it appears',
            'Looking after your health and relationships',
          ],
          answers: [0, 1, 3],
          explanation:
            'Planning, learning, health and relationships all matter over time but rarely come with a deadline. A notification is urgent by design, yet often not important.',
        },
        {
          kind: 'single',
          question: 'Why does the lesson suggest doing one of your MITs early in the day?',
          choices: [
            'Early hours are the least likely to be claimed by other people',
            'Tasks done in the morning always take less time',
            'Your inbox is empty in the morning, so it can be ignored all day',
            'Urgent tasks cannot arise before noon',
          ],
          answers: [0],
          explanation:
            'The first hours are usually the most protected from interruptions and requests. Spending them on an MIT means a chaotic afternoon cannot take that progress away.',
        },
        {
          kind: 'single',
          question: 'According to the lesson, how do many urgent crises begin?',
          choices: [
            'As tasks that were neither important nor urgent',
            'As requests from other people that were declined',
            'As important tasks that were left until they became urgent',
            'As tasks that were delegated too early',
          ],
          answers: [2],
          explanation:
            'The tax return left until the last week or the postponed car service are examples: important work that was not urgent yet. Giving it time early shrinks the urgent and important group.',
        },
      ],
    },
    {
      key: 'productivity_time_blocking',
      title: 'Planning the day with time blocks',
      summary:
        'Turn a list of tasks into a realistic day: fit your priorities around fixed commitments, give each a block of time, leave room for the unexpected and re-plan without guilt.',
      difficulty: 'beginner',
      duration_minutes: 6,
      content_markdown: `A to-do list tells you what you want to do. It says nothing about when, and it quietly assumes you have unlimited time. Most people's lists are longer than their days, so the list becomes a record of what did not happen. Planning the day closes that gap. It takes the few tasks you chose as priorities and gives each one a place in the hours you actually have. This lesson shows a short daily planning routine and one method for it, time blocking.

## Decide once, then do

Planning is useful mainly because it separates deciding from doing. Without a plan, every time you finish something you must choose what comes next, and each of those small choices is an opening for the easiest or loudest option to win. With a plan, the choice has already been made at a calmer moment. When a block ends, you look at the plan and start the next thing.

This does not make you rigid. A plan is a default, not a contract. You will change it during the day, sometimes several times, and that is fine. What matters is that each change is a decision rather than a drift.

## When to plan

Two moments work well:

- **At the end of the working day.** You know what is unfinished, the details are fresh, and you can stop work with a clear picture of tomorrow. Many people find it easier to switch off in the evening once tomorrow is written down.
- **First thing in the morning,** before messages. You know how you feel today and what arrived overnight.

Either is fine; choose one and keep it short. Ten to fifteen minutes is plenty for most days.

## A daily planning routine

1. **Start with what is fixed.** Look at your calendar: meetings, appointments, travel, school runs, meals. These are the walls of your day. What remains between them is the time you can actually plan.
2. **Bring in your priorities.** Take the one to three most important tasks you have chosen (see the previous lesson) and any deadlines for today.
3. **Estimate each task,** then add a margin. If a task feels like an hour, plan for an hour and a half.
4. **Place the tasks into the open time.** Put the demanding work where you tend to think best; many people find that is earlier in the day, but notice your own pattern.
5. **Group the small things.** Messages, short calls, forms and errands go together in one or two blocks rather than scattered across the day.
6. **Leave some time unplanned.** A day planned to the minute breaks at the first surprise.

## Time blocking

Time blocking means giving each part of the day a job. Instead of a list that says "draft proposal, reply to emails, review budget", your plan says:

- 9:00–10:30 Draft the proposal (introduction and costs)
- 10:30–10:45 Break
- 10:45–11:30 Email and messages
- 11:30–12:30 Team meeting
- 13:30–14:30 Review the budget
- 14:30–15:00 Buffer
- 15:00–16:00 Calls and small tasks

Each block has one purpose. During the proposal block you write the proposal; email waits for its own block. You can keep the plan on paper, in a calendar or in the daily plan of an app. What matters is that the blocks are visible and that you look at them when one ends.

A few refinements make blocking work better:

- **Make blocks long enough for real work.** Thirty minutes is rarely enough for a demanding task once you count the time to get started. Sixty to ninety minutes is a common length for focused work.
- **Name what you will do, not just the project.** "Proposal: introduction and costs" is easier to start than "Proposal".
- **Protect blocks like appointments.** If someone asks for a meeting during a focus block, treat the block as already booked, because it is.
- **Batch similar tasks.** Switching between very different kinds of work has a cost; grouping replies, calls or admin into one block reduces the number of switches.

## Why estimates go wrong

Almost everyone underestimates how long tasks take, even tasks they have done before. Psychologists call this the planning fallacy, a term introduced by Daniel Kahneman and Amos Tversky. When you imagine a task, you picture it going smoothly; you do not picture the missing file, the question you need to ask, or the interruption. The result is a plan that looks reasonable in the morning and is behind by eleven o'clock.

Three habits help:

- **Compare with the past.** How long did a similar task take last time, really?
- **Add a margin.** Adding around half again to your first guess is a reasonable starting point; adjust once you see how your estimates compare with reality.
- **Use buffers.** One or two unassigned blocks in the day absorb overruns and surprises without wrecking everything after them.

The opposite problem exists too. Work tends to expand to fill the time available, an observation known as Parkinson's law. A block with a clear end and a clear piece of work inside it keeps a task from spreading across the whole afternoon.

## When the plan breaks

It will. A meeting runs long, a colleague needs help, you feel unwell, a task turns out to be twice as big. When the plan stops matching reality, do not abandon it; re-plan. Take two minutes, look at the hours left, and redraw the remaining blocks. Ask what most needs to happen in the time you still have, and let the rest move to tomorrow.

Re-planning several times a day is not failure. It is what the plan is for: it lets you see clearly what you are giving up each time you change course, rather than discovering at six o'clock that the important task simply vanished.

## Review the plan at the end of the day

Take a minute to compare what you planned with what happened. You are not grading yourself. You are collecting information: which estimates were too short, which kinds of interruption keep appearing, which time of day suits which kind of work. A few weeks of this makes your plans noticeably more realistic.

## Try it

Plan tomorrow (or the rest of today) as time blocks.

1. Write down your fixed commitments with their times.
2. Choose one to three most important tasks and estimate each, then add half again.
3. Place them into the open time, with the most demanding one in the hours when you usually think best.
4. Add one block for messages and small tasks, and at least one buffer of thirty minutes.
5. During the day, when a block ends, look at the plan before choosing what to do next. If the plan breaks, take two minutes to redraw the rest of the day.

In the evening, note one estimate that was wrong and by how much.

## Key points

- A plan separates deciding from doing, so the next step is chosen calmly rather than by whatever is loudest.
- Plan for ten to fifteen minutes, either the evening before or first thing in the morning.
- Start from fixed commitments, then place your priorities, then batch small tasks, then leave buffers.
- Time blocking gives each part of the day one job; long enough blocks and clear names make them work.
- Estimates are usually too optimistic (the planning fallacy); add margins and buffers.
- When the plan breaks, re-plan the remaining hours instead of abandoning it.`,
      quiz: [
        {
          kind: 'single',
          question: 'What does the lesson say is the main benefit of planning the day in advance?',
          choices: [
            'It guarantees that every task on your list gets done',
            'It separates deciding from doing, so the next step is chosen calmly',
            'It removes the need to ever change your plans',
            'It makes meetings shorter',
          ],
          answers: [1],
          explanation:
            'A plan means the choice of what comes next was made at a calmer moment. It does not guarantee everything gets done, and the lesson expects you to change it during the day.',
        },
        {
          kind: 'single',
          question: 'What is the planning fallacy?',
          choices: [
            'The belief that planning wastes time',
            'The tendency of work to expand to fill the time available',
            'The tendency to underestimate how long tasks will take',
            'The habit of planning too many breaks',
          ],
          answers: [2],
          explanation:
            "The planning fallacy is the common underestimation of task durations. Work expanding to fill the available time is a different idea, known as Parkinson's law.",
        },
        {
          kind: 'multiple',
          question: 'Which of these does the lesson recommend when time blocking? Choose all that apply.',
          choices: [
            'Leave at least one buffer block unassigned',
            'Batch small tasks such as messages into their own block',
            'Plan every minute of the day so nothing is left to chance',
            'Name what you will do in a block, not just the project',
          ],
          answers: [0, 1, 3],
          explanation:
            'Buffers absorb overruns, batching reduces switching, and a concrete name makes a block easier to start. A day planned to the minute breaks at the first surprise.',
        },
        {
          kind: 'single',
          question: 'A meeting overruns and your afternoon plan no longer fits. What does the lesson suggest?',
          choices: [
            'Abandon the plan and work from your inbox for the rest of the day',
            'Work late to complete every block as originally planned',
            "Skip tomorrow's planning to make up the time",
            'Take a couple of minutes to redraw the remaining blocks around what matters most',
          ],
          answers: [3],
          explanation:
            'Re-planning is what the plan is for. Redrawing the remaining hours shows clearly what you are giving up instead of letting the important task quietly vanish.',
        },
        {
          kind: 'single',
          question: 'What is the first step of the daily planning routine in the lesson?',
          choices: [
            'Start with fixed commitments such as meetings and appointments',
            'Reply to overnight messages so that nothing urgent is waiting',
            'Estimate how long each of the tasks on your list will take',
            'Add a buffer block between each pair of planned blocks',
          ],
          answers: [0],
          explanation:
            'Fixed commitments are the walls of the day; only the time between them can be planned, so they come first. Priorities, estimates and buffers follow.',
        },
      ],
    },
    {
      key: 'productivity_deep_work',
      title: 'Deep work and focus sessions',
      summary:
        'Why single-tasking beats switching, how the Pomodoro technique structures focused time, and practical ways to handle the distractions that break concentration.',
      difficulty: 'intermediate',
      duration_minutes: 6,
      content_markdown: `The work that matters most, writing, designing, analysing, learning something hard, needs long stretches of attention. Yet the modern working day is built from fragments: a message, a meeting, a quick check of the news, another message. This lesson is about protecting attention. It covers the difference between deep and shallow work, why switching between tasks costs more than it seems, a simple timer method for focused sessions, and how to deal with distractions from outside and from within.

## Deep work and shallow work

The computer scientist and author Cal Newport popularised the term deep work in his 2016 book of that name. The idea is straightforward: some tasks demand your full concentration and stretch your abilities, and they produce most of the value in knowledge work. Other tasks are shallow: routine, easy to do while distracted, and easy to hand to someone else. Email, scheduling, most admin and many meetings fall into this second group.

Shallow work is not bad. It has to be done, and some of it is important. The problem is proportion. Shallow work is responsive and visible, so it tends to expand until it fills the day, and deep work gets the scraps. Knowing which kind of work a task is helps you decide where in the day it belongs: deep work in protected blocks, shallow work batched around them.

## The cost of switching

Many people believe they can multitask. For anything demanding, what actually happens is rapid switching: attention moves from the report to the chat window and back again. Research on task switching consistently finds that each switch carries a cost. You are slower and make more errors just after changing tasks than if you had stayed on one.

There is a second cost that is easy to miss. When you leave a task unfinished to check something else, part of your mind stays with the first task. The management researcher Sophie Leroy called this attention residue. The practical consequence is that even a short check of your inbox can dull your thinking for some time afterwards, not just for the seconds it took.

So the simplest focus technique is also the most powerful: do one thing at a time. Single-tasking means choosing one task, closing what is unrelated to it, and staying with it until a planned stopping point.

## The Pomodoro technique

Staying with one task is easier when the session has a clear shape. The Pomodoro technique, developed by Francesco Cirillo in the late 1980s and named after a tomato-shaped kitchen timer, provides one:

1. Choose one task.
2. Set a timer for 25 minutes and work only on that task until it rings.
3. Take a short break of about 5 minutes. Stand up, move, look away from the screen.
4. After four sessions, take a longer break, commonly 15 to 30 minutes.

Each 25-minute session is called a pomodoro. The method works for several reasons. A fixed, short session makes starting easier: you only have to commit to 25 minutes, not to finishing the task. The timer turns the decision to keep going into something already settled. And the breaks stop focus from slowly wearing down across a long morning.

The numbers are a starting point, not a rule. If 25 minutes is hard, begin with 15. If you regularly lose the thread just as you get going, try 45 or 50 minutes with a 10-minute break. What matters is the pattern: a defined stretch of single-tasking, followed by a real pause.

## Distractions from outside

External distractions come from your surroundings and your devices. Most can be reduced before a session starts:

- **Notifications off.** Use your phone's focus or do-not-disturb mode and close chat and email windows on your computer.
- **Phone out of reach.** Out of sight in another room or a drawer is better than face down on the desk.
- **Only what you need.** Close browser tabs that have nothing to do with the task. Open the files and references you need before you start.
- **Let people know.** A calendar block, a status message or a closed door tells others that you are focusing and when you will be available.
- **Noise.** If your surroundings are loud, headphones with quiet music or steady background sound help some people.

## Distractions from within

Often the interruption is not a message but an urge: to check something, look something up, or remember a task you forgot. These internal distractions are normal, especially when work gets difficult. Difficulty is often exactly when the urge to escape appears.

Two habits help:

- **Keep a distraction list.** Put a notepad beside you. When a thought arrives, "book the dentist", "look up that article", write it down in a few words and return to the task. The thought is safe, so you can let it go.
- **Notice the urge, then wait.** When you feel the pull to switch, name it to yourself ("there's the urge to check email") and keep working for a few more minutes. Urges tend to rise and fall if you do not act on them.

If you find yourself distracted anyway, do not start the session again from scratch or give up for the morning. Simply return to the task. Each return is practice.

## Starting is the hardest part

Many focus sessions fail before they begin, in the gap between sitting down and starting. A short, consistent start ritual can help: clear the desk, fill a glass of water, write the goal of the session in one sentence, start the timer. The same steps each time become a signal that focused work is beginning.

It also helps to end each session by noting the next concrete step. Then the next session starts with a clear action instead of the question "where was I?".

## Build up gradually

Concentration is a capacity that grows with practice, and it can shrink when a day is nothing but fragments. If one uninterrupted hour currently feels impossible, that is useful information, not a failing. Start with what you can do, two pomodoros in a morning perhaps, and add more over the following weeks. A few protected sessions a day, done consistently, will move your important work further than occasional heroic marathons.

## Try it

Run one focus session today.

1. Choose one task from your most important tasks and write the goal of the session in a sentence.
2. Turn off notifications, put your phone in another room, close unrelated tabs.
3. Put a notepad beside you for stray thoughts.
4. Set a timer for 25 minutes (or 15 if that feels more realistic) and work only on the task.
5. When the timer rings, take a five-minute break away from the screen. Before you go, note the next step.
6. Afterwards, look at your distraction list. How many items were there, and what kind?

If it goes well, do a second session straight after the break.

## Key points

- Deep work needs full concentration and produces most of the value; shallow work is routine and best batched around it.
- Switching tasks slows you down and leaves attention residue; single-tasking is the foundation of focus.
- The Pomodoro technique: 25 minutes on one task, a 5-minute break, a longer break after four sessions. Adjust the lengths to suit you.
- Reduce external distractions before you start; handle internal ones with a distraction list and by waiting out urges.
- A start ritual and a noted next step make sessions easier to begin.
- Focus grows with practice: start small and build up.`,
      quiz: [
        {
          kind: 'single',
          question: 'What does the term attention residue describe?',
          choices: [
            'The part of your attention that stays with a previous task after you switch away',
            'The mental tiredness that builds up over a long, uninterrupted session',
            'The stray thoughts written on a distraction list during a session',
            'The few seconds it takes to read a notification and return to work',
          ],
          answers: [0],
          explanation:
            'When you leave an unfinished task, part of your mind stays with it. That is why even a quick inbox check can dull thinking for some time afterwards.',
        },
        {
          kind: 'single',
          question: 'In the standard Pomodoro technique, what follows four focused sessions?',
          choices: [
            'Another 25-minute session straight away',
            'A short break of about five minutes',
            'A longer break, commonly 15 to 30 minutes',
            'The end of the working day',
          ],
          answers: [2],
          explanation:
            'Each 25-minute session is followed by a short break of about five minutes; after four sessions you take a longer break of around 15 to 30 minutes.',
        },
        {
          kind: 'multiple',
          question: 'Which of these reduce external distractions before a focus session? Choose all that apply.',
          choices: [
            'Putting your phone in another room',
            'Keeping your email open so nothing is missed',
            'Closing browser tabs unrelated to the task',
            'Blocking the time in your calendar or setting a status message',
          ],
          answers: [0, 2, 3],
          explanation:
            'Moving the phone away, closing unrelated tabs and telling others you are focusing all reduce interruptions. An open inbox invites exactly the switching the session is meant to avoid.',
        },
        {
          kind: 'single',
          question:
            'During a session you suddenly remember that you need to book a dentist appointment. What does the lesson suggest?',
          choices: [
            'Book it immediately, so that it stops distracting you for the rest of the session',
            'Write it on your distraction list in a few words and return to the task',
            'Stop the timer, deal with it, and start a fresh session from the beginning',
            'Push the thought away and try hard not to think of it until the evening',
          ],
          answers: [1],
          explanation:
            'Writing the thought down keeps it safe, so you can let it go and return to the task. Acting on it now is a switch with its own cost.',
        },
        {
          kind: 'single',
          question: 'Which of these is shallow work in the sense used by the lesson?',
          choices: [
            'Writing the argument of a difficult report',
            'Learning a new statistical method',
            'Designing the structure of a new project',
            'Sorting and replying to routine email',
          ],
          answers: [3],
          explanation:
            'Routine email is easy to do while distracted and needs little concentration, which makes it shallow. The other three demand full attention and stretch your abilities.',
        },
      ],
    },
    {
      key: 'productivity_capture_weekly_review',
      title: 'Capture and the weekly review',
      summary:
        'Get stray tasks and ideas out of your head into one trusted inbox, process it regularly, and use a weekly review to keep your lists, calendar and priorities current.',
      difficulty: 'intermediate',
      duration_minutes: 6,
      content_markdown: `Prioritising, planning and focus all assume that you know what your commitments are. In practice, many of them live only in your head: a promise made in a corridor, an idea in the shower, a bill you noticed on the kitchen table. Your memory is a poor place to keep them. It reminds you at the wrong moments, forgets at the important ones, and keeps a background hum of "don't forget" running all day. This lesson describes a simple system for getting those things out of your head and a weekly habit that keeps the system trustworthy.

## Why your head is a poor inbox

Unfinished commitments tend to nag. You remember that you need to call the garage while you are in a meeting, and forget again by the time you are near a phone. Each time the thought surfaces, it takes a little attention, and each time it goes unresolved it adds a little worry.

The approach in this lesson draws on David Allen's method Getting Things Done, described in his 2001 book of the same name, though you do not need to adopt the whole method to use the ideas. The core insight is that your mind relaxes when it trusts that everything is recorded somewhere it will be looked at. Writing a task down is not the same as doing it, but it is often enough to stop it nagging.

## Capture: one inbox, always at hand

Capture means writing down anything that has your attention as soon as it appears, without deciding yet what to do about it. A few principles make capture work:

- **Have as few inboxes as possible.** Ideally one place for stray thoughts, or two at most (for example, a notes app on your phone and a tray on your desk). Scattered sticky notes and half-used notebooks are hard to trust.
- **Make it fast.** If capturing takes more than a few seconds, you will skip it. A quick-capture shortcut, a pocket notebook or a voice note all work.
- **Capture everything, sort later.** Tasks, ideas, things to buy, questions to ask, worries. Do not filter at the moment of capture; that is a separate step.
- **Keep it with you.** The thought arrives when it arrives, often away from your desk.

The distraction list from the focus lesson is a small version of this: a place to put a thought so you can stay with the task at hand.

## Processing: deciding what each item is

An inbox that is only ever added to becomes another source of worry. Regularly, ideally every day or two, go through it from the top and decide what each item is. Take one item at a time and ask: is this something I need to act on?

If not, there are three options:

- **Delete it** if it no longer matters.
- **File it as reference** if it is information you may want later, such as a phone number or an article.
- **Put it on a someday list** if it is an idea you might pursue but not now, such as a course or a trip.

If it does need action, decide the very next physical step. "Car" is not an action; "phone the garage to book a service" is. Then:

- **Do it now if it takes less than about two minutes.** Tracking a tiny task costs more than doing it. This is often called the two-minute rule.
- **Hand it on** if someone else should do it, and note that you are waiting for them.
- **Schedule it** if it must happen on a particular day, by putting it in your calendar.
- **Add it to your task list** otherwise, phrased as a next action.

If the outcome needs more than one step, such as planning a birthday party or moving house, it is a project. Keep a list of your projects and make sure each one has at least one next action on your task list. Projects without a next action are the ones that quietly stall.

## The weekly review

Even a good system drifts. Tasks get done without being ticked, new commitments slip in, priorities change. The weekly review is a regular appointment with yourself to bring everything back up to date. It usually takes thirty minutes to an hour. Friday afternoon and Sunday evening are popular times, but any fixed slot you will keep is fine.

A weekly review has three parts.

### Get clear

- Empty every inbox: notes, the desk tray, email flagged for action. Process each item as described above.
- Write down anything still in your head that has not been captured yet.

### Get current

- **Look back at the past week's calendar.** Are there follow-ups from meetings, or promises you made?
- **Look ahead at the next two weeks.** What needs preparation?
- **Go through your project list.** Is each one still active? Does each have a next action?
- **Go through your task list.** Cross off what is done, remove what no longer matters.
- **Check what you are waiting for** from other people, and chase anything overdue.

### Get perspective

- Read your someday list. Is anything ready to become a project?
- Ask what mattered most this week, what went well, and what you would change.
- Choose the few priorities for the coming week, especially important work that is not urgent.

The last step links back to the first lesson. Your daily most important tasks are easier to pick when the week already has a direction.

## Keeping the system light

A capture system should make life simpler, not become a hobby. A few warnings:

- **Do not rebuild the system every month.** Any tool you keep using beats a perfect one you abandon.
- **Keep lists short enough to read.** A task list with hundreds of items is no longer a list you can review; move most of them to someday.
- **If you miss a weekly review,** do a short one as soon as you can rather than waiting for next week. Even fifteen minutes to empty inboxes and choose the week's priorities helps.

## Try it

Do a first, short version today.

1. Take a blank page or a new note and spend ten minutes writing down everything that has your attention: tasks, errands, ideas, worries, promises. Do not sort.
2. Process the list from the top. For each item, decide: delete, reference, someday, or action. For actions, write the next physical step.
3. Do every item that takes under two minutes right away.
4. Put a recurring 45-minute weekly review in your calendar for the same time each week.
5. Choose one place that will be your inbox from now on, and keep it within reach.

## Key points

- Commitments kept only in your head nag at the wrong times and are forgotten at the right ones.
- Capture everything quickly into as few inboxes as possible, and sort later.
- Process the inbox regularly: delete, file as reference, move to someday, or decide the next action.
- Tasks under about two minutes are done at once; multi-step outcomes are projects that each need a next action.
- A weekly review gets you clear, current and with some perspective: empty inboxes, review calendar, projects and lists, and choose the week's priorities.
- Keep the system simple enough that you will keep using it.`,
      quiz: [
        {
          kind: 'single',
          question: 'What is the main idea behind capture?',
          choices: [
            'Do each task the moment you think of it, so that nothing builds up',
            'Write down whatever has your attention quickly, and decide what to do about it later',
            'Keep a separate notebook for each area of your life, such as work and home',
            'Record only the tasks that have a deadline, and trust memory for the rest',
          ],
          answers: [1],
          explanation:
            'Capture separates recording from deciding: get the thought into a trusted inbox fast, then process it later. Many inboxes make the system harder to trust, not easier.',
        },
        {
          kind: 'single',
          question:
            'While processing your inbox you find "send Sam the address", which takes about a minute. What does the lesson suggest?',
          choices: [
            'Add it to your task list',
            'Put it on your someday list',
            'Do it now',
            'Schedule it for the weekly review',
          ],
          answers: [2],
          explanation:
            'The two-minute rule: if an action takes less than about two minutes, doing it at once costs less than tracking it.',
        },
        {
          kind: 'multiple',
          question: 'Which of these belong in a weekly review as described in the lesson? Choose all that apply.',
          choices: [
            'Emptying every inbox',
            'Checking that each project has a next action',
            "Looking back at last week's calendar and ahead at the next two weeks",
            'Rebuilding your task system with a new tool',
            'Choosing the priorities for the coming week',
          ],
          answers: [0, 1, 2, 4],
          explanation:
            "A review gets you clear (inboxes), current (calendar, projects, lists) and gives you perspective (the week's priorities). The lesson warns against rebuilding your system repeatedly.",
        },
        {
          kind: 'single',
          question: 'Which of these is written as a next action?',
          choices: ['Car', 'Phone the garage to book a service', 'Holiday', 'Finances'],
          answers: [1],
          explanation:
            'A next action is a concrete physical step you could take right away. "Car", "Holiday" and "Finances" name areas or projects, not something you can start doing.',
        },
        {
          kind: 'single',
          question: 'According to the lesson, what makes a project likely to stall?',
          choices: [
            'Having no next action on your task list',
            'Being reviewed every week',
            'Being written on a project list',
            'Having more than two steps',
          ],
          answers: [0],
          explanation:
            'A project without a defined next action gives you nothing to start, so it quietly stalls. Reviewing projects weekly is how you catch this.',
        },
      ],
    },
    {
      key: 'productivity_energy_breaks',
      title: 'Managing energy and taking breaks',
      summary:
        'Time is only half of the picture: match your work to your energy across the day, take breaks that genuinely restore you, and end the workday cleanly so that tomorrow starts fresh.',
      difficulty: 'intermediate',
      duration_minutes: 7,
      content_markdown: `Most productivity advice is about time: what to do with each hour, how to protect it, how to plan it. But an hour is not a fixed quantity of work. An hour when you are alert and rested produces far more than an hour at the end of a long, draining day. This lesson looks at the other half of the picture, your energy and attention: noticing how they rise and fall, placing work where it fits, taking breaks that actually help, and finishing the day in a way that lets you recover.

A note before you start: this lesson is about working habits, not health. If you have ongoing problems with sleep, persistent tiredness, low mood or pain, talk to a doctor or another qualified professional rather than trying to solve them with a better schedule.

## Energy changes during the day

Your capacity for demanding work is not constant. It rises and falls across the day, and the pattern differs from person to person. Some people are sharpest soon after waking; others do their best thinking in the late morning or the evening. Many people notice a dip in the early afternoon. Food, sleep, exercise, stress and the kind of work you have been doing all shift the pattern too.

You do not need a theory of your energy to use it. You need a few weeks of noticing. Ask yourself at a few points in the day:

- How alert do I feel right now, on a scale of one to five?
- What kind of work would I do well at this moment: something demanding, something routine, something social?

Patterns usually appear quickly. Once you know roughly when your best hours are, you can stop spending them on things that do not need them.

## Match the work to the energy

Think of your tasks in three broad kinds:

- **Demanding work** needs your full concentration: writing, analysis, design, learning, difficult decisions. Put it in your best hours, and protect those hours as focus blocks.
- **Routine work** needs attention but not your best thinking: email, admin, scheduling, tidying files. It fits comfortably into lower-energy periods.
- **Social or active work,** such as calls, conversations, walking meetings and errands, can even help in a dip, because the change of activity and company is itself energising for many people.

This is the same planning you met earlier, with one more question added. When you place a task in a time block, ask not only "is there time for this?" but "will I have the energy for this then?" A common mistake is to fill your sharpest morning hours with email because it feels like a gentle start, and leave the demanding work for mid-afternoon, when it feels twice as hard.

## Why breaks help

When you are busy, breaks feel like a luxury or a weakness. In practice, attention wears down during long stretches of demanding work. Mistakes become more frequent, reading the same paragraph twice becomes normal, and small decisions start to feel heavy. Regular short breaks help you sustain attention across the day rather than spending it all in the first few hours.

Breaks also help with difficult problems. Stepping away from a stuck piece of work and returning later often makes the next step clearer than another twenty minutes of staring would have.

The Pomodoro technique from the focus lesson builds breaks in automatically. Even if you do not use it, aim for a real pause at least every hour or two of concentrated work, and a longer break around the middle of the day.

## What makes a good break

Not every pause restores you equally. Moving from a spreadsheet to a news feed may feel like a break, but your eyes, your attention and often your mood are still busy. Breaks that tend to help share a few features:

- **A change of activity.** Do something different from the work: if you were sitting still and thinking, move; if you were talking all morning, be quiet for a while.
- **Away from the screen.** Look out of a window, step outside, make a drink. Scrolling through messages on your phone keeps your attention on the same kind of input.
- **Movement.** A short walk, climbing some stairs or a few stretches is a simple way to change state.
- **Outdoors, where possible.** Many people find that even a few minutes outside, especially somewhere with trees or open sky, is particularly refreshing.
- **Real mental detachment.** A break is most restful when you stop thinking about work, not when you spend it planning the next task.
- **Company, sometimes.** A short conversation that is not about work can be restoring, especially on a day of solitary concentration.

A break also needs a clear end. Decide how long it will be before you start, so that it does not drift into the next hour.

## Ending the day cleanly

Recovery happens mainly outside work: in the evening, at weekends, and in sleep. It is hard to recover while half your mind is still at your desk. A short, consistent end-of-day routine, sometimes called a shutdown ritual, helps you stop properly:

1. **Capture loose ends.** Write down anything still on your mind, into your inbox or task list.
2. **Look at tomorrow.** Check your calendar and choose tomorrow's most important tasks, as in the planning lesson.
3. **Note where you stopped** on any unfinished piece of work, with the next step.
4. **Close everything.** Shut the laptop, close the apps, and say to yourself that the day is done.

Once the routine is finished, try to treat work thoughts that come up in the evening as things to capture and leave, not to solve. The routine has already ensured nothing will be forgotten.

## A sustainable pace

Working long hours for a few days to meet a real deadline is sometimes necessary. Working long hours as the normal pattern tends to backfire: tiredness accumulates, mistakes increase, and the quality of thinking falls, so that extra hours add less and less. Over weeks and months, the people who make steady progress are usually those who protect rest as carefully as they protect focus.

If you regularly end the day exhausted, that is worth treating as information. Look at the number of demanding tasks you are placing in each day, the number of meetings, the breaks you skip, and how late you stop. Small changes in each often add up to more energy than any single technique.

## Try it

Spend a few minutes on each of these today.

1. At three or four points during the day, rate your alertness from one to five and note what you were doing. Keep doing this for a week.
2. Look at tomorrow's plan. Move your most demanding task into the hours when you expect to feel sharpest, and move routine tasks into the likely dip.
3. Take at least two real breaks today: away from the screen, preferably moving or outdoors, with a set length.
4. At the end of the day, run a short shutdown routine: capture loose ends, choose tomorrow's priorities, note where you stopped, close everything.

After a week, look at your alertness notes. What pattern do you see?

## Key points

- An hour is not a fixed amount of work; energy and attention rise and fall across the day, and the pattern differs between people.
- Learn your own pattern by noticing, then place demanding work in your best hours and routine work in the dips.
- Regular short breaks help sustain attention; good breaks change the activity, leave the screen, involve movement, and let you detach from work.
- A shutdown routine captures loose ends and plans tomorrow, so you can stop properly and recover.
- A sustainable pace protects rest as carefully as focus. For ongoing sleep, tiredness or mood problems, consult a qualified professional.`,
      quiz: [
        {
          kind: 'single',
          question: 'Where does the lesson suggest placing demanding work such as writing or analysis?',
          choices: [
            'In the hours when you usually feel sharpest',
            'At the end of the day, once routine work is cleared',
            'Straight after lunch, when the day is half over',
            'Spread in short pieces between meetings',
          ],
          answers: [0],
          explanation:
            'Demanding work needs full concentration, so it belongs in your best hours. Leaving it for a low-energy period makes it feel much harder than it is.',
        },
        {
          kind: 'multiple',
          question: 'Which features make a break more restoring, according to the lesson? Choose all that apply.',
          choices: [
            'A change of activity from the work you were doing',
            'Scrolling through messages on your phone',
            'Movement, such as a short walk',
            'Detaching mentally from work',
            'A clear end decided in advance',
          ],
          answers: [0, 2, 3, 4],
          explanation:
            'Good breaks change the activity, involve movement, let you stop thinking about work, and have a set length. Scrolling messages keeps your attention on the same kind of input.',
        },
        {
          kind: 'single',
          question: 'What is the purpose of a shutdown ritual at the end of the workday?',
          choices: [
            'To finish every remaining task on the list before you leave for the day',
            'To capture loose ends and plan tomorrow so that you can stop properly and recover',
            'To check email one last time in case something urgent arrived',
            'To add up the hours you worked and compare them with your plan',
          ],
          answers: [1],
          explanation:
            'The routine records what is unfinished and sets up tomorrow, so work thoughts in the evening can be captured and left rather than solved.',
        },
        {
          kind: 'single',
          question: 'How does the lesson suggest you learn your own energy pattern?',
          choices: [
            'Assume you are sharpest in the early morning, as most people are',
            'Take a questionnaire once and schedule your work by its result',
            'Work as late as you can for a week and see when you start to flag',
            'Rate your alertness at a few points each day for a week or so and look for a pattern',
          ],
          answers: [3],
          explanation:
            'Energy patterns differ between people, so noticing your own works better than a general rule. A week of brief ratings usually shows a clear pattern.',
        },
        {
          kind: 'single',
          question: 'You regularly end the workday exhausted. What does the lesson suggest?',
          choices: [
            'Add more focus sessions so that you get through your list before evening',
            'Skip your breaks so that the work is done sooner and you can rest later',
            'Treat it as information and review your load, meetings, breaks and stopping time',
            'Start work an hour earlier each day to create more room in the afternoon',
          ],
          answers: [2],
          explanation:
            'Regular exhaustion is a signal to adjust the load and the rest in your days. The lesson is about working habits, and ongoing tiredness is worth raising with a qualified professional.',
        },
      ],
    },
  ],
  drills: [],
};
