import { FORMER_MEMBER, type Relationship } from '../../../shared/relationships/relationship-schemas';
import { formerMemberProfile, type Membership, type MembershipIndex } from '../ports/membership-index';
import type { PrivateRecord } from '../ports/private-records';
import type { MemberProfiles } from '../ports/relationship-records';
import type { StoredCommitment } from '../ports/shared-item-records';
import { AlreadyExistsError } from '../ports/store-errors';
import { sharedScope } from '../relationships/shared-scope';
import type { Tables } from '../storage/tables';
import { createRow, getRow, queryRows, sharedPartition, upsertRow, userPartition } from './table-rows';

/** The index as the store keeps it: the port callers read, and the writes the store makes itself. */
export interface IndexKeeper {
  port: MembershipIndex;
  /** Rewrites both members' rows from the relationship and its commitments (read when not given). */
  reindex(
    tenantId: string,
    relationship: Relationship,
    options?: { commitments?: StoredCommitment[]; profiles?: MemberProfiles },
  ): Promise<void>;
  /** Both members' markers in their private partitions (written once; they stay true until erasure). */
  markMembers(tenantId: string, relationship: Relationship): Promise<void>;
}

export function createIndexKeeper(tables: Tables): IndexKeeper {
  const index = () => tables.client('Memberships');
  const shared = () => tables.client('Relationships');
  const privates = () => tables.client('PrivateNotes');

  const get = async (tenantId: string, userId: string, relationshipId: string) =>
    (await getRow<Membership>(index(), userPartition(tenantId, userId), relationshipId))?.value ?? null;

  /** The current generation's commitments (each generation has its own scope). */
  const commitmentsOf = async (tenantId: string, relationship: Relationship) =>
    (
      await queryRows<StoredCommitment>(shared(), sharedPartition(tenantId, sharedScope(relationship)), 'commitment~')
    ).map((row) => row.value);

  const keeper: IndexKeeper = {
    port: {
      list: async (tenantId, userId) =>
        (await queryRows<Membership>(index(), userPartition(tenantId, userId))).map((row) => row.value),
      get,
      async repair(tenantId, relationshipId, profiles) {
        const meta = await getRow<Relationship>(shared(), sharedPartition(tenantId, relationshipId), 'meta');
        if (!meta) return;
        const relationship = meta.value;
        const commitments = await commitmentsOf(tenantId, relationship);
        await Promise.all([
          keeper.reindex(tenantId, relationship, { commitments, ...(profiles ? { profiles } : {}) }),
          keeper.markMembers(tenantId, relationship),
        ]);
      },
    },

    async reindex(tenantId, relationship, options = {}) {
      const commitments = options.commitments ?? (await commitmentsOf(tenantId, relationship));
      const profiles = options.profiles ?? {};
      const [a, b] = relationship.members;
      await Promise.all(
        [
          [a, b],
          [b, a],
        ].map(async ([me, peerId]) => {
          if (!me || !peerId || me === FORMER_MEMBER) return;
          // The profile comes from the caller, else the row being replaced; a lost row keeps only the id.
          const peer =
            profiles[peerId] ??
            (peerId === FORMER_MEMBER
              ? formerMemberProfile
              : ((await get(tenantId, me, relationship.id))?.peer ?? { ...unknownPeer, id: peerId }));
          const membership: Membership = {
            relationshipId: relationship.id,
            peer,
            relationship,
            openMine: countOpen(commitments, me),
            openTheirs: countOpen(commitments, peerId),
          };
          await upsertRow(index(), userPartition(tenantId, me), relationship.id, membership);
        }),
      );
    },

    async markMembers(tenantId, relationship) {
      await Promise.all(
        relationship.members
          .filter((m) => m !== FORMER_MEMBER)
          .map(async (userId) => {
            const rowKey = `${relationship.id}~member~relationship`;
            const partition = userPartition(tenantId, userId);
            if (await getRow(privates(), partition, rowKey)) return;
            const marker: PrivateRecord = {
              relationshipId: relationship.id,
              kind: 'member',
              key: 'relationship',
              updatedAt: relationship.createdAt,
            };
            await createRow(privates(), partition, rowKey, marker).catch(ignoreAlreadyExists);
          }),
      );
    },
  };
  return keeper;
}

const unknownPeer = { ...formerMemberProfile, displayName: 'Your peer' };

function ignoreAlreadyExists(error: unknown) {
  if (!(error instanceof AlreadyExistsError)) throw error;
}

function countOpen(commitments: StoredCommitment[], owner: string): number {
  return commitments.filter((c) => c.status === 'open' && c.owner === owner).length;
}
