import { describe, expect, it } from 'vitest';
import { countOpenAgendaItems, isOpenAgendaItem, openAgendaDelta } from '../../../shared/relationships/agenda-rules';
import {
  countOpenCommitments,
  isOpenCommitment,
  openCommitmentDelta,
} from '../../../shared/relationships/commitment-rules';
import { countHeldMeetings } from '../../../shared/relationships/meeting-timeline';

// What counts as open (the caps and the counts both peers see), defined once for the services.

describe('open items and held meetings', () => {
  it('an agenda item is open until discussed; discussing frees a place, reopening takes one', () => {
    expect(isOpenAgendaItem({ discussed: false })).toBe(true);
    expect(isOpenAgendaItem({ discussed: true })).toBe(false);
    expect(openAgendaDelta({ discussed: false }, { discussed: true })).toBe(-1);
    expect(openAgendaDelta({ discussed: true }, { discussed: false })).toBe(1);
    expect(openAgendaDelta({ discussed: false }, { discussed: false })).toBe(0);
    expect(countOpenAgendaItems([{ discussed: false }, { discussed: true }, { discussed: false }])).toBe(2);
  });

  it('a commitment is open until done or dropped; moving between done and dropped changes no count', () => {
    expect(isOpenCommitment({ status: 'open' })).toBe(true);
    expect(isOpenCommitment({ status: 'done' })).toBe(false);
    expect(openCommitmentDelta({ status: 'open' }, { status: 'done' })).toBe(-1);
    expect(openCommitmentDelta({ status: 'dropped' }, { status: 'open' })).toBe(1);
    expect(openCommitmentDelta({ status: 'done' }, { status: 'dropped' })).toBe(0);
    const items = [
      { status: 'open', owner: 'ana' },
      { status: 'done', owner: 'ana' },
      { status: 'open', owner: 'ben' },
    ] as const;
    expect(countOpenCommitments(items)).toBe(2);
    expect(countOpenCommitments(items, 'ana')).toBe(1);
  });

  it('counts the meetings marked held, whatever their order', () => {
    expect(countHeldMeetings([{ held: true }, { held: false }, { held: true }])).toBe(2);
    expect(countHeldMeetings([])).toBe(0);
  });
});
