import { describe, expect, it } from 'vitest';
import { dueAtWithHolds } from '../../../shared/reminders/hold-release';

const at = (iso: string) => Date.parse(iso);

describe('a due row after a change keeps its holds', () => {
  it('goes to the rules’ next check when nothing is held', () => {
    expect(dueAtWithHolds(at('2026-12-12T10:00:00Z'), [])).toBe(at('2026-12-12T10:00:00Z'));
  });
  it('never goes past the earliest held release (Saturday’s hold, changed on Sunday, goes out Monday)', () => {
    const holds = [{ until: at('2026-12-08T09:00:00Z') }, { until: at('2026-12-07T09:00:00Z') }];
    expect(dueAtWithHolds(at('2026-12-12T10:00:00Z'), holds)).toBe(at('2026-12-07T09:00:00Z'));
  });
  it('keeps an earlier next check', () => {
    expect(dueAtWithHolds(at('2026-12-06T18:00:00Z'), [{ until: at('2026-12-07T09:00:00Z') }])).toBe(
      at('2026-12-06T18:00:00Z'),
    );
  });
});
