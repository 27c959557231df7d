import { describe, expect, it } from 'vitest';
import { checkPeer, ineligibility, ineligibleMessage } from '../../../shared/relationships/peer-eligibility';

const line = { managerId: 'boss', directReportIds: ['rep1', 'rep2'] };

describe('peer eligibility', () => {
  it('a colleague outside the reporting line can be a peer', () => {
    expect(checkPeer('me', { id: 'colleague' }, line)).toEqual({ ok: true, value: 'colleague' });
  });

  it('the caller’s own manager is refused with not-a-peer and the reason', () => {
    expect(checkPeer('me', { id: 'boss' }, line)).toEqual({
      ok: false,
      code: 'not-a-peer',
      reason: ineligibleMessage('manager'),
      field: 'peer',
    });
  });

  it('a direct report is refused with not-a-peer; oneself is bad input naming the field', () => {
    expect(checkPeer('me', { id: 'rep2' }, line)).toMatchObject({
      code: 'not-a-peer',
      reason: ineligibleMessage('direct-report'),
    });
    expect(checkPeer('me', { id: 'me' }, line)).toMatchObject({
      code: 'invalid-input',
      field: 'peer',
      reason: ineligibleMessage('self'),
    });
  });

  it('someone the directory does not know, or an empty id, is bad input (400 as before)', () => {
    expect(checkPeer('me', { id: null }, line)).toMatchObject({
      code: 'invalid-input',
      reason: ineligibleMessage('unknown'),
    });
    expect(checkPeer('me', { id: '  ' }, line, 'peers')).toMatchObject({ code: 'invalid-input', field: 'peers' });
    expect(ineligibility('me', { id: 'former-member' }, line)).toBe('unknown');
  });

  it('someone without a manager can pick anyone but themselves and their reports', () => {
    const top = { managerId: null, directReportIds: ['boss'] };
    expect(ineligibility('ceo', { id: 'boss' }, top)).toBe('direct-report');
    expect(ineligibility('ceo', { id: 'someone' }, top)).toBeNull();
  });
});
