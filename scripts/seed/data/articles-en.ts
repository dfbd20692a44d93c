/** Short, genuine lesson articles reused across demo courses; `categories` empty = fits any course. */
export type ArticleSpec = { categories: string[]; body: string };

export const ARTICLES_EN: ArticleSpec[] = [
  {
    categories: [],
    body: `## Before you start

This lesson is short on purpose. Read it once without taking notes, then close it and write down the three ideas you remember. That small act of recall does more for your memory than a second reading.

## How to work through it

1. **Skim the headings** so you know where the lesson is going.
2. **Do the exercise** at the end before you look at any solution.
3. **Write one question** you still have and post it in the Q&A below.

## Why this works

Research on learning keeps finding the same thing: effortful recall beats passive review. It feels harder, and that feeling is the point.

> Learning is not what you put into your head, it is what you can get back out of it.`,
  },
  {
    categories: ['programming'],
    body: `## Read the error message first

Most error messages tell you exactly what went wrong, if you read them slowly. Take this Python traceback:

\`\`\`text
Traceback (most recent call last):
  File "report.py", line 12, in <module>
    total += row["amount"]
KeyError: 'amount'
\`\`\`

Read it **from the bottom up**:

- **The error type** (\`KeyError\`) says a dictionary key is missing.
- **The value** (\`'amount'\`) says which key.
- **The line** (12 in \`report.py\`) says where.

## A debugging routine

1. Reproduce the problem with the smallest possible input.
2. Print the value just before the failing line: \`print(row.keys())\`.
3. Form one hypothesis, change one thing, run again.

Resist changing several things at once. If the bug disappears you will not know why, and it will be back.`,
  },
  {
    categories: ['programming'],
    body: `## Small commits, clear messages

A commit is a note to your future self. Good history lets you find when a bug appeared and why a line exists.

## What belongs in one commit

- One logical change: a fix, a refactor **or** a feature, not all three.
- Tests that go with that change.
- Nothing generated or secret (build output, \`.env\` files).

## Writing the message

\`\`\`text
Fix rounding of totals in CNY invoices

Totals were rounded per line and then summed, which could be off
by one fen. Round once, after summing, as the accounting team expects.
\`\`\`

The first line says **what**, in the imperative, under about 60 characters. The body says **why**. The diff already says how.`,
  },
  {
    categories: ['data-ai'],
    body: `## Look at the data before you model it

Every surprising result in analysis has the same first suspect: the data. Before fitting anything, run through this checklist.

## The checklist

1. **Shape** – how many rows and columns? Is that what you expected?
2. **Types** – are dates dates and numbers numbers, or is everything text?
3. **Missing values** – where are they, and is their absence itself informative?
4. **Duplicates** – the same customer twice will inflate every count.
5. **Ranges** – negative ages, prices of zero, timestamps in 1970.

\`\`\`python
df.info()
df.describe(include="all")
df.isna().mean().sort_values(ascending=False).head(10)
\`\`\`

## Plot one thing

A single histogram of your target variable will tell you more than any summary table. Skew, outliers and odd spikes are all visible at a glance.`,
  },
  {
    categories: ['design', 'photography'],
    body: `## A five-minute critique

Feedback is most useful when it is specific and tied to a goal. Use this structure whenever you review your own work or a colleague's.

## The three questions

1. **What is this trying to do?** State the goal in one sentence before judging anything.
2. **Where does the eye go first?** If it is not the most important element, hierarchy needs work.
3. **What would you remove?** Simplicity usually improves a design more than additions.

## Saying it well

- Describe what you see before you suggest a fix: *"The two buttons have the same weight"*.
- Tie the comment to the goal: *"…so it is unclear which one continues the sign-up."*
- Offer one option, not a redesign.

Try it now on the last thing you made. Write your answers down; you will use them in the next exercise.`,
  },
  {
    categories: ['business', 'marketing'],
    body: `## The one-page brief

Before any project, campaign or hire, write one page. If you cannot fit the idea on a page, it is not clear yet.

## The template

| Section | Question it answers |
| --- | --- |
| Problem | What is wrong today, and for whom? |
| Goal | What will be true when we are done? How will we measure it? |
| Approach | What will we do, and what will we deliberately not do? |
| Risks | What could make this fail? |
| Decision needed | What do you need from the reader, by when? |

## Tips

- Put numbers in the goal: *"raise trial-to-paid conversion from 4% to 6% by June"*.
- Write the *not doing* list. It prevents most scope arguments later.
- Send it a day before the meeting, so the meeting is for decisions.`,
  },
  {
    categories: ['personal-growth'],
    body: `## The two-minute start

Procrastination is rarely about laziness. It is about the discomfort of starting something large and vague. The fix is to make the start tiny and concrete.

## How to use it

1. Pick the task you have been avoiding.
2. Define a first step that takes **two minutes or less**: open the file, write the title, put on your running shoes.
3. Do only that step. You are allowed to stop afterwards.

Most of the time you will not stop. Starting lowers the discomfort, and momentum does the rest.

## Make it a habit

- Attach the start to something you already do: *"after my morning coffee, I open the draft."*
- Track starts, not hours. A streak of small starts beats an occasional heroic day.`,
  },
  {
    categories: ['finance'],
    body: `## Compound growth in one table

Compounding means your returns start earning returns of their own. The effect is small at first and large later, which is why starting early matters more than starting big.

## An example

Saving 200 a month at an average 5% a year:

| Years | Total saved | Value at 5% |
| --- | --- | --- |
| 5 | 12,000 | about 13,600 |
| 10 | 24,000 | about 31,000 |
| 20 | 48,000 | about 82,000 |
| 30 | 72,000 | about 166,000 |

After 30 years more than half of the value is growth, not savings.

## What to take away

- **Time** is the strongest lever you have.
- **Costs** compound too: a 1% yearly fee takes a large share of the final value.
- Returns are never guaranteed; the table shows the mechanism, not a promise.`,
  },
  {
    categories: ['languages', 'music-audio'],
    body: `## Deliberate practice in short sessions

Twenty focused minutes a day beat a two-hour session once a week. Short sessions are easier to start, and daily repetition is what moves skills into long-term memory.

## Structure of a session

1. **Warm up (3 min)** – review something you already know well.
2. **Focus (12 min)** – one specific weakness: a sound, a rhythm, a grammar pattern.
3. **Play (5 min)** – use the skill freely: a conversation, a song, a short paragraph.

## Rules that help

- Slow down until you can do it **correctly**, then speed up.
- Record yourself once a week. You will hear things you miss while performing.
- Stop while it still feels good, so tomorrow's start is easy.`,
  },
];
