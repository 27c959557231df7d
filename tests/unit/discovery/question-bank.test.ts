import { describe, expect, it } from 'vitest';
import { bankGoals } from '../../../shared/discovery/goals';
import {
  questionBank,
  questionPromptSchema,
  selectPrompts,
  stageFor,
  stageSchema,
} from '../../../shared/discovery/question-bank';

function tokens(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/[^a-z0-9' ]+/g, ' ')
      .split(/\s+/)
      .filter(Boolean),
  );
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

describe('question bank', () => {
  it('has at least 120 valid prompts with unique ids', () => {
    expect(questionBank.length).toBeGreaterThanOrEqual(120);
    for (const p of questionBank) questionPromptSchema.parse(p);
    expect(new Set(questionBank.map((p) => p.id)).size).toBe(questionBank.length);
  });

  it('has at least 20 prompts per goal, spread over every stage', () => {
    for (const goal of bankGoals) {
      const ofGoal = questionBank.filter((p) => p.goal === goal);
      expect(ofGoal.length, goal).toBeGreaterThanOrEqual(20);
      for (const stage of stageSchema.options) {
        expect(ofGoal.filter((p) => p.stage === stage).length, `${goal}/${stage}`).toBeGreaterThanOrEqual(6);
      }
    }
  });

  it('has at least 10 prompts about how the two teams hand work to each other', () => {
    const handoffs = questionBank.filter((p) => p.tags?.includes('handoffs'));
    expect(handoffs.length).toBeGreaterThanOrEqual(10);
    expect(new Set(handoffs.map((p) => p.goal)).size).toBeGreaterThanOrEqual(3);
  });

  it('has no duplicate or near-duplicate prompts', () => {
    const sets = questionBank.map((p) => tokens(p.text));
    const offenders: string[] = [];
    for (let i = 0; i < sets.length; i++) {
      for (let j = i + 1; j < sets.length; j++) {
        if (jaccard(sets[i]!, sets[j]!) >= 0.7) offenders.push(`${questionBank[i]!.id} ~ ${questionBank[j]!.id}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('writes prompts as questions or invitations, not fragments', () => {
    for (const p of questionBank) expect(p.text, p.id).toMatch(/^[A-Z].*[?.]$/);
  });
});

describe('stageFor', () => {
  it('moves from first meeting to early to established', () => {
    expect(stageFor(0)).toBe('first');
    expect(stageFor(1)).toBe('early');
    expect(stageFor(3)).toBe('early');
    expect(stageFor(4)).toBe('established');
    expect(stageFor(40)).toBe('established');
  });
});

describe('selectPrompts', () => {
  const base = { goal: 'barriers', stage: 'early', count: 5, seed: 'rel-1|2026-06-01', recentlySeen: [] } as const;

  it('is deterministic per seed and differs between meetings', () => {
    const a = selectPrompts({ ...base, recentlySeen: [] });
    const b = selectPrompts({ ...base, recentlySeen: [] });
    expect(a.map((p) => p.id)).toEqual(b.map((p) => p.id));
    const seeds = Array.from({ length: 10 }, (_, i) => `rel-1|meeting-${i}`);
    const picks = new Set(
      seeds.map((seed) =>
        selectPrompts({ ...base, seed, recentlySeen: [] })
          .map((p) => p.id)
          .join(),
      ),
    );
    expect(picks.size).toBeGreaterThan(1);
  });

  it('returns prompts of the goal and stage asked for, without repeats', () => {
    const picked = selectPrompts({ ...base, recentlySeen: [] });
    expect(picked).toHaveLength(5);
    expect(new Set(picked.map((p) => p.id)).size).toBe(5);
    for (const p of picked) expect(p).toMatchObject({ goal: 'barriers', stage: 'early' });
  });

  it('skips recently seen prompts, then tops up from nearby stages of the same goal', () => {
    const early = questionBank.filter((p) => p.goal === 'barriers' && p.stage === 'early').map((p) => p.id);
    const seen = early.slice(0, early.length - 2);
    const picked = selectPrompts({ ...base, recentlySeen: seen });
    expect(picked).toHaveLength(5);
    expect(picked.filter((p) => seen.includes(p.id))).toEqual([]);
    expect(picked.slice(0, 2).map((p) => p.stage)).toEqual(['early', 'early']);
    for (const p of picked) expect(p.goal).toBe('barriers');
  });

  it('only repeats once everything unseen is used, oldest seen first', () => {
    const all = questionBank.filter((p) => p.goal === 'problem').map((p) => p.id);
    const seen = all.slice(1); // everything but one, oldest first
    const picked = selectPrompts({ goal: 'problem', stage: 'first', count: 3, seed: 's', recentlySeen: seen });
    expect(picked.map((p) => p.id)).toEqual([all[0], seen[0], seen[1]]);
  });

  it('walks through a goal over successive meetings without repeating while it can', () => {
    const seen: string[] = [];
    for (let meetingNo = 0; meetingNo < 4; meetingNo++) {
      const picked = selectPrompts({
        goal: 'rapport',
        stage: 'first',
        count: 5,
        seed: `r|${meetingNo}`,
        recentlySeen: seen,
      });
      for (const p of picked) {
        expect(seen).not.toContain(p.id);
        seen.push(p.id);
      }
    }
    expect(new Set(seen).size).toBe(20);
  });

  it('draws a custom goal from several goals', () => {
    const picked = selectPrompts({ goal: 'custom', stage: 'established', count: 12, seed: 'x', recentlySeen: [] });
    expect(picked).toHaveLength(12);
    expect(new Set(picked.map((p) => p.goal)).size).toBeGreaterThan(1);
    for (const p of picked) expect(p.stage).toBe('established');
  });
});
