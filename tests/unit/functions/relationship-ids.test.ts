import { describe, expect, it } from 'vitest';
import { keyPart, newItemId, relationshipIdFor } from '../../../functions/src/relationships/relationship-ids';
import { itemIdSchema, relationshipIdSchema } from '../../../shared/relationships/relationship-schemas';

describe('relationship ids and keys', () => {
  it('derives the same relationship id from either side, different per tenant and pair', () => {
    const a = relationshipIdFor('t1', 'alice', 'bob');
    expect(relationshipIdFor('t1', 'bob', 'alice')).toBe(a);
    expect(relationshipIdFor('t2', 'alice', 'bob')).not.toBe(a);
    expect(relationshipIdFor('t1', 'alice', 'carol')).not.toBe(a);
    expect(relationshipIdSchema.safeParse(a).success).toBe(true);
  });

  it('makes item ids that sort by creation time and match the schema', () => {
    const earlier = newItemId(Date.parse('2026-01-01T00:00:00Z'));
    const later = newItemId(Date.parse('2026-01-01T00:00:01Z'));
    expect(earlier < later).toBe(true);
    expect(itemIdSchema.safeParse(earlier).success).toBe(true);
  });

  it('escapes characters Table Storage forbids in keys', () => {
    expect(keyPart('a/b\\c#d?e%f')).toBe('a%2fb%5cc%23d%3fe%25f');
    expect(keyPart('x\u0001y')).toBe('x%01y');
    expect(keyPart('5b2f0c9e-6f1a-4c3d-9a57-3f1f6d2b8e10')).toBe('5b2f0c9e-6f1a-4c3d-9a57-3f1f6d2b8e10');
  });
});
