import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTableStore } from '../../../functions/src/adapters/table-store';
import { relationshipListSchema } from '../../../shared/relationships/relationship-schemas';
import { startTestStack, type TestStack } from '../../support/test-stack';

let stack: TestStack;
type User = TestStack['tenant']['data']['users'][number];
let pm: User;
let engineer: User;

beforeAll(async () => {
  stack = await startTestStack();
  pm = stack.tenant.data.users.find((u) => u.department === 'Product' && u.managerId)!;
  engineer = stack.tenant.data.users.find((u) => u.department === 'Engineering' && u.managerId)!;
});
afterAll(() => stack?.close());

const listed = async (user: User) =>
  relationshipListSchema.parse((await stack.callAs(user, 'GET', '/relationships')).json).relationships;

describe('the membership index, kept by the store', () => {
  it('follows relationship and commitment writes for both members, and can be rebuilt from the record', async () => {
    const created = await stack.callAs(pm, 'POST', '/relationships', {
      peer: engineer.mail,
      goal: 'rapport',
      cadenceWeeks: 4,
    });
    const id = created.json.id as string;
    await stack.callAs(engineer, 'POST', `/relationships/${id}/respond`, { action: 'accept' });
    await stack.callAs(pm, 'POST', `/relationships/${id}/commitments`, { text: 'Share the roadmap', owner: pm.id });
    expect((await listed(pm)).find((r) => r.id === id)).toMatchObject({
      status: 'active',
      openCommitments: { mine: 1, theirs: 0 },
    });
    expect((await listed(engineer)).find((r) => r.id === id)?.openCommitments).toEqual({ mine: 0, theirs: 1 });

    // A process that died between the record and its index: both rows are gone.
    const index = stack.root.tables.client('Memberships');
    for await (const row of index.listEntities()) {
      if (row.rowKey === id) await index.deleteEntity(row.partitionKey!, row.rowKey!);
    }
    expect((await listed(pm)).some((r) => r.id === id)).toBe(false);

    const profiles = Object.fromEntries(
      [pm, engineer].map((u) => [
        u.id,
        { id: u.id, displayName: u.displayName, mail: u.mail, department: u.department, jobTitle: u.jobTitle },
      ]),
    );
    await createTableStore(stack.root.tables).memberships.repair(stack.tenant.tenantId, id, profiles);
    expect((await listed(pm)).find((r) => r.id === id)).toMatchObject({
      status: 'active',
      openCommitments: { mine: 1, theirs: 0 },
    });
    const repaired = (await listed(engineer)).find((r) => r.id === id);
    expect(repaired?.openCommitments).toEqual({ mine: 0, theirs: 1 });
    expect(repaired?.peer).toMatchObject({ id: pm.id, displayName: pm.displayName, mail: pm.mail });
  });
});
