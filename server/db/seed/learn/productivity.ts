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
  ],
  drills: [],
};
