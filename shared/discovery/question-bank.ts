import { z } from 'zod';
import { bankGoals, goalSchema, type BankGoal } from './goals';

export const stageSchema = z.enum(['first', 'early', 'established']);
export type Stage = z.infer<typeof stageSchema>;

export const promptTagSchema = z.enum(['handoffs']);
export type PromptTag = z.infer<typeof promptTagSchema>;

export const questionPromptSchema = z.object({
  /** Stable slug: stored in "recently seen" lists, so never rename one. */
  id: z.string(),
  goal: z.enum(bankGoals),
  stage: stageSchema,
  text: z.string(),
  tags: z.array(promptTagSchema).optional(),
});
export type QuestionPrompt = z.infer<typeof questionPromptSchema>;

type Entry = readonly [slug: string, text: string, handoffs?: 'handoffs'];

/** Written for this product. Grouped goal → stage; ids are `${goal}-${slug}`. */
const bank: Record<BankGoal, Record<Stage, readonly Entry[]>> = {
  rapport: {
    first: [
      ['origin', 'How did you end up in your current role, and what almost took you somewhere else?'],
      ['outside-work', 'What is something you do outside work that would surprise people on my team?'],
      ['good-day', 'What does a really good workday look like for you?'],
      ['team-intro', 'If you had to introduce your team to a new hire in three sentences, what would you say?'],
      ['first-job', 'What was your first job, and what did it teach you that you still use?'],
      ['heard-about', 'What have you heard about my team before today, good or bad?'],
      ['energy', 'Which part of your job gives you energy, and which part drains it?'],
    ],
    early: [
      ['learning', 'What are you trying to get better at this year?'],
      ['reach-me', 'How do you prefer people reach you: chat, email, a quick call, or something else?'],
      ['proud', 'What piece of recent work are you quietly proud of?'],
      ['reset', 'When a week gets rough, what helps you reset?'],
      ['career-next', 'Where would you like your career to go in the next couple of years?'],
      ['pet-peeve', 'What small habit in meetings or messages annoys you most?'],
      ['recommend', 'What book, podcast or tool changed the way you work?'],
    ],
    established: [
      ['since-we-met', 'What has changed for you since we started meeting?'],
      ['hesitant', 'Is there anything you have held back from telling me that would help us work better?'],
      ['feedback-me', 'What is one thing I could do differently that would make me easier to work with?'],
      ['unsung-win', 'What win from the last few months deserves more recognition than it got?'],
      ['understood', 'What do you wish more people in the company understood about you?'],
      ['ally', 'Where could you use an ally right now, and could I be one?'],
      ['best-talk', 'Looking back at our conversations, which one made the biggest difference?'],
    ],
  },
  barriers: {
    first: [
      ['channels', 'Which channels does your team actually watch, and which ones do requests get lost in?'],
      ['secondhand', 'When has news from my team reached you late or secondhand?'],
      ['jargon', 'Which terms does my team use that mean something different to yours?'],
      ['whom-to-ask', 'When your team needs something from mine, how do they know whom to ask?', 'handoffs'],
      ['impression', 'What is your impression of how our two teams talk to each other today?'],
      ['meeting-load', 'Which recurring meetings between our teams could be replaced by a short written update?'],
      ['decisions', 'How do decisions on your team get made and shared, and how could mine hear about them sooner?'],
    ],
    early: [
      ['missing-info', 'When my team hands work over to yours, what information is usually missing?', 'handoffs'],
      ['friday-fire', 'If something breaks between our teams late on a Friday, who should call whom?'],
      ['tone', 'Has a message from my team ever come across more harshly than it was meant?'],
      ['see-priorities', 'How could my team see your priorities without having to ask every time?'],
      ['slipping', 'What is the best way for us to tell you that something is slipping?'],
      ['wrong-assumptions', 'What do people on my team assume about your team that is simply wrong?'],
      ['feedback-stuck', 'How does feedback from your team reach mine today, and where does it get stuck?'],
    ],
    established: [
      ['recurring-miss', 'Which miscommunication between us keeps happening no matter what we try?'],
      ['unspoken', 'What are people on your team saying about mine that they would not say to us directly?'],
      ['friction', 'Is there tension between particular people on our two teams that we should help untangle?'],
      ['stale-docs', 'Which of our shared documents or trackers do you trust, and which have gone stale?'],
      ['done-means', "Where do our teams have different ideas of what 'done' means?", 'handoffs'],
      ['one-rule', 'If we could agree one new rule for how our teams talk to each other, what would it be?'],
      ['distance', 'How do locations and time zones get in the way between our teams?'],
    ],
  },
  workload: {
    first: [
      ['typical-week', 'Walk me through a typical week for you: where does the time actually go?'],
      ['quarter', 'What are the two or three things your team must deliver this quarter?'],
      ['measured', "How is your team's success measured, and by whom?"],
      ['inbound', 'Roughly how many requests land on your team each week, and where do they come from?'],
      ['tools', 'Which tools do you spend most of your day in?'],
      ['busy-season', 'When in the month or year are you busiest, so I can avoid piling on then?'],
      ['unseen', 'What part of your job do outsiders rarely see?'],
    ],
    early: [
      ['costly-asks', "Which of my team's requests cost you the most effort, maybe without us realising?", 'handoffs'],
      ['lead-time', 'How much notice do you need from us to do your best work on a request?', 'handoffs'],
      ['good-request', 'What does a good request from my team look like when it reaches you?', 'handoffs'],
      ['what-slips', 'When you have more work than time, how do you decide what slips?'],
      ['hardest-now', 'What is the heaviest thing on your plate right now?'],
      ['invisible-work', 'What work does your team do that nobody asks about but everyone relies on?'],
      ['interruptions', 'What interrupts your focus most often, and is my team part of it?'],
    ],
    established: [
      ['lighten', 'What could I take off your plate, or change on my side, so your days run smoother?'],
      [
        'redesign-step',
        'If you could redesign one step in the way our teams pass work back and forth, which would it be?',
        'handoffs',
      ],
      ['keep-doing', 'What does my team do that genuinely helps yours, so we keep doing it?'],
      ['toughest-with-us', 'What is the toughest part of collaborating with my team?'],
      ['ripple', 'Which of my decisions ripple into your work in ways I probably never see?'],
      ['plan-around', 'What is coming up for your team next quarter that my team should plan around?'],
      ['rework', 'Where does work bounce back between our teams for rework, and why?', 'handoffs'],
    ],
  },
  ideas: {
    first: [
      ['free-week', 'If your team had a free week with no deadlines, what would you build or try?'],
      ['customer-voice', 'What do you hear from customers or users that my team rarely gets to hear?'],
      ['inspiration', 'Where do you look for new ideas outside our company?'],
      ['small-bet', 'What small experiment would you run if you did not need anyone to approve it?'],
      ['fresh-eyes', 'What does our company do that seemed strange to you when you joined?'],
      ['borrow', 'What is your team unusually good at that other teams could borrow?'],
      ['together', 'What could our two teams do together that neither could do alone?'],
    ],
    early: [
      ['zero-cost', 'Which improvement between our teams would cost nothing but a bit of attention?'],
      ['automate', 'Which repetitive task between our teams is asking to be automated?', 'handoffs'],
      ['stop-doing', 'What is one thing our teams still do that we could simply stop?'],
      [
        'show-early',
        'What would change if my team showed you our work much earlier, while it is still rough?',
        'handoffs',
      ],
      ['pilot', 'Is there a project where we could try a tighter partnership as a pilot?'],
      ['competitor', 'What have you seen a competitor do that we should learn from?'],
      ['shadow', 'Would it help if someone from each team shadowed the other for a day?'],
    ],
    established: [
      ['bold', 'What idea have you been holding back because it seemed too bold?'],
      ['revisit', 'Which idea we discussed before deserves a second look now?'],
      ['shared-number', 'Is there a number both our teams could own together?'],
      ['ritual', 'What shared habit could keep our teams in sync without adding meetings?'],
      [
        'a-year-on',
        'If we met again in a year and things were much better between our teams, what would we have done?',
      ],
      [
        'journey',
        "Where in the customer's journey does our work meet yours, and what could be smoother there?",
        'handoffs',
      ],
      ['joint-pitch', 'Which joint proposal could we take to leadership together?'],
    ],
  },
  commiserate: {
    first: [
      ['this-week', 'What has been the most frustrating part of your week?'],
      ['nobody-fixes', 'What annoys everyone in the company but nobody ever fixes?'],
      ['misread-work', 'What part of your work gets misunderstood most often?'],
      ['thankless', 'What task do you do that feels completely thankless?'],
      ['bad-day', 'Tell me about a recent day when everything seemed to go wrong.'],
      ['all-hands', 'What do you wish you could say at an all-hands but never do?'],
      ['off-chest', 'Is there something you need to get off your chest before we talk about anything else?'],
    ],
    early: [
      ['shared-pressure', 'Which pressure are both our teams under right now?'],
      ['latest-change', 'How has the latest change in the company landed for your team?'],
      ['dreaded-deadline', 'Which deadline are you dreading, and what makes it hard?'],
      ['daily-drag', 'Which system slows you down every single day?'],
      ['bounce-back', 'After a rough stretch, what helps your team bounce back?'],
      ['real-support', 'When things are tough, what kind of support actually helps you, and what does not?'],
      ['blame', 'When something fails between our teams, where does the blame usually land?'],
    ],
    established: [
      ['tired-of', 'What are you tired of explaining again and again?'],
      ['laugh', 'What has made you laugh at work lately, even in a hard week?'],
      ['really-doing', 'How are you really doing, workload aside?'],
      ['less-bad', 'What frustration from a few months ago turned out to be less bad than it seemed?'],
      ['control', 'Of the things bothering you now, which can we change and which must we live with?'],
      ['same-wait', 'Where are we both stuck waiting on the same third party?'],
      ['after-vent', 'Now that we have vented, is there one small step that would make next week better?'],
    ],
  },
  problem: {
    first: [
      ['fix-first', 'What is the one problem between our teams you would fix first?'],
      ['example', 'Can you give me a recent example where working with my team went badly?'],
      ['impact', "How does this issue affect your team's goals or customers?"],
      ['owners', 'Who on each side should own fixing this?'],
      ['tried-before', 'Has anyone tried to solve this before, and what happened?'],
      ['root', 'What do you think is causing this, underneath the symptoms?'],
      ['solved-looks', 'How would we know the problem is solved?'],
    ],
    early: [
      ['next-step', 'What is the smallest step we could each take before we next meet?'],
      [
        'where-it-breaks',
        'At which step of the handover between our teams does this problem usually show up?',
        'handoffs',
      ],
      ['constraints', 'What constraints on your side should I know about before proposing a fix?'],
      ['managers', 'Is this something we can settle between us, or does it need our managers?'],
      ['three-fixes', "Let's list three possible fixes: which one would you bet on?"],
      ['workaround', 'Is there a workaround we could put in place this week while we work on the real fix?'],
      ['who-else', 'Who else is affected by this and should hear what we decide?'],
    ],
    established: [
      ['progress', 'Since our last meeting, has the problem got better, worse, or stayed the same?'],
      ['open-promises', 'Which of the commitments we made about this are still open, and what is blocking them?'],
      ['next-issue', 'Now that the first issue is moving, what is the next one worth tackling?'],
      ['prevent', 'What would stop this kind of problem from coming back?'],
      ['checklist', 'Would a short checklist for passing work between our teams have prevented this?', 'handoffs'],
      ['lessons', 'What have we learned here that our teams should hear about?'],
      ['response-times', 'Should our teams agree on response times for requests to each other?', 'handoffs'],
    ],
  },
};

const stages = stageSchema.options;

export const questionBank: readonly QuestionPrompt[] = bankGoals.flatMap((goal) =>
  stages.flatMap((stage) =>
    bank[goal][stage].map(([slug, text, tag]): QuestionPrompt => ({
      id: `${goal}-${slug}`,
      goal,
      stage,
      text,
      ...(tag ? { tags: [tag] } : {}),
    })),
  ),
);

/** Meetings held so far → conversation stage: rapport first, then how the teams work together. */
export function stageFor(meetingsHeld: number): Stage {
  if (meetingsHeld <= 0) return 'first';
  if (meetingsHeld <= 3) return 'early';
  return 'established';
}

export const selectPromptsInputSchema = z.object({
  goal: goalSchema,
  stage: stageSchema,
  count: z.number().int().min(1).max(20),
  /** Anything stable per meeting, e.g. relationship id + meeting key. */
  seed: z.string(),
  /** Prompt ids the pair saw recently, oldest first. */
  recentlySeen: z.array(z.string()),
});
export type SelectPromptsInput = z.infer<typeof selectPromptsInputSchema>;

/** FNV-1a, 32-bit: a stable, dependency-free hash so the same seed always picks the same prompts. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const stageOrder: Record<Stage, number> = { first: 0, early: 1, established: 2 };

/**
 * Pick `count` prompts for one meeting, deterministically from `seed`. Prefers the goal and
 * stage asked for, then the same goal at the nearest other stages, and only repeats recently
 * seen prompts (oldest first) when nothing unseen is left. "custom" draws from every goal.
 */
export function selectPrompts(input: SelectPromptsInput): QuestionPrompt[] {
  const { goal, stage, count, seed } = input;
  const seenAt = new Map<string, number>();
  input.recentlySeen.forEach((id, i) => seenAt.set(id, i));

  const pool = goal === 'custom' ? questionBank : questionBank.filter((p) => p.goal === goal);
  const keyed = pool.map((p) => ({
    prompt: p,
    distance: Math.abs(stageOrder[p.stage] - stageOrder[stage]),
    order: hash(`${seed}|${p.id}`),
    seen: seenAt.get(p.id),
  }));

  const unseen = keyed
    .filter((k) => k.seen === undefined)
    .sort((a, b) => a.distance - b.distance || a.order - b.order || (a.prompt.id < b.prompt.id ? -1 : 1));
  const repeats = keyed
    .filter((k) => k.seen !== undefined)
    .sort((a, b) => (a.seen ?? 0) - (b.seen ?? 0) || a.distance - b.distance || a.order - b.order);

  return [...unseen, ...repeats].slice(0, count).map((k) => k.prompt);
}
