import { z } from 'zod';

export const roleFamilySchema = z.enum([
  'product',
  'design',
  'engineering',
  'marketing',
  'sales',
  'customerSuccess',
  'other',
]);
export type RoleFamily = z.infer<typeof roleFamilySchema>;

/**
 * Phrases per family, matched as whole words against a normalised title or department.
 * The longest matching phrase wins ("Sales Engineer" is sales, "Business Development" is not
 * engineering); on equal length the earlier family wins, so "Product Designer" is design,
 * "Product Marketing Manager" is marketing and "Product Engineer" is engineering.
 */
const familyPhrases: ReadonlyArray<readonly [RoleFamily, readonly string[]]> = [
  [
    'customerSuccess',
    [
      'customer success',
      'client success',
      'csm',
      'cs',
      'customer experience',
      'cx',
      'customer support',
      'onboarding',
      'implementation',
      'renewals',
      'account manager',
      'technical account manager',
    ],
  ],
  [
    'marketing',
    [
      'marketing',
      'marketer',
      'pmm',
      'brand',
      'communications',
      'demand generation',
      'demand gen',
      'seo',
      'social media',
    ],
  ],
  [
    'design',
    [
      'design',
      'designer',
      'designers',
      'ux',
      'ui',
      'user experience',
      'user research',
      'researcher',
      'ux research',
      'interaction',
      'visual',
      'creative',
      'illustrator',
    ],
  ],
  [
    'engineering',
    [
      'engineer',
      'engineers',
      'engineering',
      'swe',
      'sde',
      'sre',
      'developer',
      'dev',
      'devops',
      'programmer',
      'software',
      'architect',
      'tech lead',
      'technical lead',
      'qa',
      'quality assurance',
      'platform',
      'infrastructure',
      'data scientist',
      'cto',
      'r d',
    ],
  ],
  [
    'sales',
    [
      'sales',
      'account executive',
      'ae',
      'sdr',
      'bdr',
      'business development',
      'bizdev',
      'partnerships',
      'revenue',
      'solutions consultant',
      'sales engineer',
      'presales',
      'pre sales',
    ],
  ],
  [
    'product',
    [
      'product',
      'products',
      'product manager',
      'product management',
      'product owner',
      'pm',
      'gpm',
      'tpm',
      'apm',
      'cpo',
      'program manager',
    ],
  ],
];

/** Phrase → family and its priority (lower wins on equal length), built once. */
const phraseIndex = new Map<string, { family: RoleFamily; priority: number }>();
let longestPhrase = 1;
familyPhrases.forEach(([family, phrases], priority) => {
  for (const phrase of phrases) {
    if (!phraseIndex.has(phrase)) phraseIndex.set(phrase, { family, priority });
    longestPhrase = Math.max(longestPhrase, phrase.split(' ').length);
  }
});

/** Lower-case words without punctuation, e.g. "Sr. PM, R&D" → ["sr", "pm", "r", "d"]. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** Looks up every run of 1..longestPhrase words, so matching is whole-word and one pass. */
function familyOf(text: string | null | undefined): RoleFamily {
  if (!text) return 'other';
  const ws = words(text);
  let best: RoleFamily = 'other';
  let bestLength = 0;
  let bestPriority = Infinity;
  for (let i = 0; i < ws.length; i++) {
    let phrase = '';
    for (let n = 1; n <= longestPhrase && i + n <= ws.length; n++) {
      phrase = n === 1 ? ws[i]! : `${phrase} ${ws[i + n - 1]!}`;
      const hit = phraseIndex.get(phrase);
      if (!hit) continue;
      if (n > bestLength || (n === bestLength && hit.priority < bestPriority)) {
        best = hit.family;
        bestLength = n;
        bestPriority = hit.priority;
      }
    }
  }
  return best;
}

/**
 * Classify someone into a role family. The job title wins when it says something, because
 * departments are often broad ("R&D", "Go-to-market") while titles are specific.
 */
export function classifyRole(department: string | null | undefined, jobTitle: string | null | undefined): RoleFamily {
  const fromTitle = familyOf(jobTitle);
  return fromTitle !== 'other' ? fromTitle : familyOf(department);
}

export const roleFamilyLabels: Record<RoleFamily, string> = {
  product: 'Product',
  design: 'Design',
  engineering: 'Engineering',
  marketing: 'Marketing',
  sales: 'Sales',
  customerSuccess: 'Customer Success',
  other: 'Other',
};

export interface RolePairing {
  /** e.g. "Design ↔ Engineering", always in the method's own order whichever side asks. */
  label: string;
  /** The two role families, in the label's order. */
  families: readonly [RoleFamily, RoleFamily];
  /** 0..1: how strongly the method recommends this pairing. */
  weight: number;
}

/** The method's recommended pairings; the product/design/engineering trio work closest. */
const pairings: ReadonlyArray<readonly [RoleFamily, RoleFamily, number]> = [
  ['product', 'design', 1],
  ['product', 'engineering', 1],
  ['design', 'engineering', 1],
  ['marketing', 'design', 0.7],
  ['product', 'customerSuccess', 0.7],
  ['sales', 'customerSuccess', 0.7],
  ['marketing', 'sales', 0.7],
];

export function rolePairing(a: RoleFamily, b: RoleFamily): RolePairing | null {
  for (const [first, second, weight] of pairings) {
    if ((a === first && b === second) || (a === second && b === first)) {
      return { label: `${roleFamilyLabels[first]} ↔ ${roleFamilyLabels[second]}`, families: [first, second], weight };
    }
  }
  return null;
}
