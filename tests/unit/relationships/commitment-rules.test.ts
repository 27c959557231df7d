import { describe, expect, it } from 'vitest';
import {
  applyCommitmentPatch,
  countOpenCommitments,
  MAX_OPEN_COMMITMENTS,
  newCommitment,
  sortCommitments,
  type CommitmentRecord,
} from '../../../shared/relationships/commitment-rules';
import { FORMER_MEMBER } from '../../../shared/relationships/relationship-schemas';

const members = ['ana', 'ben'] as const;
const nowIso = '2026-12-01T12:00:00.000Z';
const as = (caller: string) => ({ caller, members, nowIso });
const benOwnsAnasPromise: CommitmentRecord = {
  id: 'mipa2a0000aaaaaa',
  text: 'Send the deck',
  owner: 'ben',
  status: 'open',
  createdBy: 'ana',
  createdAt: '2026-11-20T09:00:00.000Z',
};
const anasOwn: CommitmentRecord = { ...benOwnsAnasPromise, owner: 'ana', createdBy: 'ana' };

describe('commitment rules', () => {
  it('either peer may mark a commitment done, which stamps doneAt', () => {
    const done = applyCommitmentPatch(anasOwn, { status: 'done' }, as('ben'));
    expect(done).toEqual({ ok: true, value: { ...anasOwn, status: 'done', doneAt: nowIso } });
  });

  it('either peer may reopen a done commitment, which clears doneAt', () => {
    const done = { ...anasOwn, status: 'done' as const, doneAt: nowIso };
    const reopened = applyCommitmentPatch(done, { status: 'open' }, as('ben'));
    expect(reopened.ok && reopened.value).toEqual(anasOwn);
  });

  it('a status that does not change keeps the original doneAt', () => {
    const done = { ...anasOwn, status: 'done' as const, doneAt: '2026-11-25T10:00:00.000Z' };
    const again = applyCommitmentPatch(done, { status: 'done' }, as('ana'));
    expect(again.ok && again.value.doneAt).toBe('2026-11-25T10:00:00.000Z');
  });

  it('the peer who neither owns nor wrote a commitment cannot change its text, owner or due date', () => {
    for (const patch of [{ text: 'x' }, { owner: 'ben' }, { dueDate: '2026-12-24' }, { dueDate: null }]) {
      const refused = applyCommitmentPatch(anasOwn, patch, as('ben'));
      expect(refused).toMatchObject({ ok: false, code: 'forbidden', field: Object.keys(patch)[0] });
    }
  });

  it('nor drop it, even in the same patch as a status change', () => {
    expect(applyCommitmentPatch(anasOwn, { status: 'dropped' }, as('ben'))).toMatchObject({ code: 'forbidden' });
    expect(applyCommitmentPatch(anasOwn, { status: 'done', text: 'y' }, as('ben'))).toMatchObject({
      code: 'forbidden',
    });
  });

  it('the owner and the creator may both reword, reassign and re-date it', () => {
    const byOwner = applyCommitmentPatch(
      benOwnsAnasPromise,
      { text: 'Send the slides', dueDate: '2026-12-24' },
      as('ben'),
    );
    expect(byOwner.ok && byOwner.value).toMatchObject({ text: 'Send the slides', dueDate: '2026-12-24' });
    const byCreator = applyCommitmentPatch(benOwnsAnasPromise, { owner: 'ana' }, as('ana'));
    expect(byCreator.ok && byCreator.value.owner).toBe('ana');
  });

  it('a null due date clears it', () => {
    const dated = { ...anasOwn, dueDate: '2026-12-24' };
    const cleared = applyCommitmentPatch(dated, { dueDate: null }, as('ana'));
    expect(cleared.ok && 'dueDate' in cleared.value).toBe(false);
  });

  it('an owner must be one of the two members, never an outsider or a former member', () => {
    expect(applyCommitmentPatch(anasOwn, { owner: 'carol' }, as('ana'))).toMatchObject({
      ok: false,
      code: 'invalid-input',
      field: 'owner',
    });
    const afterErasure = { caller: 'ana', members: ['ana', FORMER_MEMBER] as const, nowIso };
    expect(
      newCommitment({ text: 't', owner: FORMER_MEMBER }, { ...afterErasure, id: 'x', openCount: 0 }),
    ).toMatchObject({
      field: 'owner',
    });
  });

  it('someone outside the pair can do nothing', () => {
    expect(applyCommitmentPatch(anasOwn, { status: 'done' }, as('carol'))).toMatchObject({ code: 'forbidden' });
    expect(newCommitment({ text: 't', owner: 'ana' }, { ...as('carol'), id: 'x', openCount: 0 })).toMatchObject({
      code: 'forbidden',
    });
  });

  it('a new commitment is open, written by the caller, and keeps a due date only when given', () => {
    const made = newCommitment({ text: 'Intro to Dana', owner: 'ben' }, { ...as('ana'), id: 'c1', openCount: 3 });
    expect(made).toEqual({
      ok: true,
      value: { id: 'c1', text: 'Intro to Dana', owner: 'ben', status: 'open', createdBy: 'ana', createdAt: nowIso },
    });
  });

  it(`the ${MAX_OPEN_COMMITMENTS + 1}st open commitment is refused with limit-reached`, () => {
    const ctx = { ...as('ana'), id: 'c1' };
    expect(newCommitment({ text: 't', owner: 'ana' }, { ...ctx, openCount: MAX_OPEN_COMMITMENTS - 1 }).ok).toBe(true);
    expect(newCommitment({ text: 't', owner: 'ana' }, { ...ctx, openCount: MAX_OPEN_COMMITMENTS })).toMatchObject({
      ok: false,
      code: 'limit-reached',
    });
  });

  it('counts open commitments overall and per owner, and sorts by id', () => {
    const list = [anasOwn, benOwnsAnasPromise, { ...anasOwn, id: 'a', status: 'done' as const }];
    expect(countOpenCommitments(list)).toBe(2);
    expect(countOpenCommitments(list, 'ben')).toBe(1);
    expect(sortCommitments(list).map((c) => c.id)[0]).toBe('a');
  });
});
