import { z } from 'zod';

export const goalSchema = z.enum(['rapport', 'barriers', 'workload', 'ideas', 'commiserate', 'problem', 'custom']);
export type Goal = z.infer<typeof goalSchema>;

/** Goals that have prompts in the question bank ("custom" borrows from all of them). */
export const bankGoals = ['rapport', 'barriers', 'workload', 'ideas', 'commiserate', 'problem'] as const;
export type BankGoal = (typeof bankGoals)[number];

export interface GoalInfo {
  goal: Goal;
  label: string;
  /** One line for the goal picker in the UI. */
  description: string;
}

export const goalInfo: readonly GoalInfo[] = [
  {
    goal: 'rapport',
    label: 'Build rapport',
    description: 'Get to know each other as people so that hard conversations later start from trust.',
  },
  {
    goal: 'barriers',
    label: 'Clear communication barriers',
    description: 'Find where messages between your two teams get lost, late or misread, and agree a fix.',
  },
  {
    goal: 'workload',
    label: 'Understand their workload',
    description: 'Learn what their week really looks like and how your requests land in it.',
  },
  {
    goal: 'ideas',
    label: 'Generate ideas',
    description: 'Combine what both teams see to come up with things neither would think of alone.',
  },
  {
    goal: 'commiserate',
    label: 'Commiserate',
    description: 'Share what is frustrating right now with someone who gets it, then look for a way forward.',
  },
  {
    goal: 'problem',
    label: 'Fix an inter-team problem',
    description: 'Take one concrete issue between your teams and leave with an owner and a next step.',
  },
  {
    goal: 'custom',
    label: 'Your own goal',
    description: 'Write the purpose in your own words; prompts are drawn from every theme.',
  },
];

export function goalLabel(goal: Goal): string {
  return goalInfo.find((g) => g.goal === goal)?.label ?? goal;
}

export interface GoalSignals {
  meetingsLast90Days: number;
  smallMeetingsLast90Days: number;
  /** Weight of the method's role pairing for the two, 0 when none. */
  pairWeight: number;
}

/**
 * Goal for a first peer 1:1. New relationships start with rapport; when the two already work
 * side by side a lot, the more useful first step is understanding each other's workload, and
 * a closely paired duo who already meet in small groups has the shared context for ideas.
 */
export function suggestGoal(signals: GoalSignals): Goal {
  if (signals.smallMeetingsLast90Days >= 6 || signals.meetingsLast90Days >= 20) return 'workload';
  if (signals.pairWeight >= 1 && signals.smallMeetingsLast90Days >= 3) return 'ideas';
  return 'rapport';
}
