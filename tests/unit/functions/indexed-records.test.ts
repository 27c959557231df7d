import { describe, expect, it } from 'vitest';
import { indexedRecords } from '../../../functions/src/jobs/indexed-records';
import type { RelationshipRecords } from '../../../functions/src/ports/relationship-records';
import type { SharedItemRecords } from '../../../functions/src/ports/shared-item-records';

// The reminders' due-index wrapper must hand every argument through: the outbox rows of a
// transition ride on the relationship write, and dropping them loses its calendar effects.

type Port = Record<string, (...args: unknown[]) => Promise<unknown>>;

/** A port whose every method records the arguments it was called with. */
function recording(methods: string[]) {
  const calls: Record<string, unknown[]> = {};
  const port: Port = {};
  for (const name of methods) {
    port[name] = (...args: unknown[]) => {
      calls[name] = args;
      return Promise.resolve('etag');
    };
  }
  return { port, calls };
}

/** Each port method and how many arguments it takes (see the ports), the optional ones included. */
const relationshipArity: Record<string, number> = { get: 2, create: 4, replace: 5 };
const sharedArity: Record<string, number> = {
  withRelationship: 3,
  list: 3,
  get: 4,
  create: 4,
  replace: 5,
  openSlots: 3,
  writeWithSlot: 5,
  remove: 5,
};
const relationshipMethods = Object.keys(relationshipArity);
const sharedMethods = Object.keys(sharedArity);

describe('the due-index wrapper of the store ports', () => {
  it('passes every argument of every method through, outbox rows included', async () => {
    const relationships = recording(relationshipMethods);
    const sharedItems = recording(sharedMethods);
    let indexed = 0;
    const wrapped = indexedRecords(
      {
        relationships: relationships.port as unknown as RelationshipRecords,
        sharedItems: sharedItems.port as unknown as SharedItemRecords,
      },
      {
        indexer: { relationshipChanged: () => Promise.resolve(void (indexed += 1)) } as never,
        tenants: { registerTenant: () => Promise.resolve() } as never,
        onError: (error) => {
          throw error;
        },
      },
    );
    // Distinct arguments, as many as the method takes, so a dropped trailing one (the outbox rows) shows.
    // Relationship methods take a record second; shared-item methods a scope (a later generation's here).
    const relationshipArgs = ['t', { id: 'r', kind: 'meeting' }, 'meeting', { row: 1 }, [{ outbox: 'row' }]];
    const sharedArgs = ['t', 'r~g2', 'meeting', { row: 1 }, [{ outbox: 'row' }]];
    for (const [name, port, inner, arity, args] of [
      ...relationshipMethods.map(
        (m) => [m, wrapped.relationships, relationships, relationshipArity[m]!, relationshipArgs] as const,
      ),
      ...sharedMethods.map((m) => [m, wrapped.sharedItems, sharedItems, sharedArity[m]!, sharedArgs] as const),
    ]) {
      const given = args.slice(0, arity);
      await (port as unknown as Port)[name]!(...given);
      expect(inner.calls[name], name).toEqual(given);
    }
    expect(indexed).toBeGreaterThan(0);
  });
});
