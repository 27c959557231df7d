import { describe, expect, it } from 'vitest';
import { hasChanges, mergePatch } from '../../../addin/src/features/shared/merge-patch';

const base = { discussed: false, order: 2, text: 'Roadmap' };

describe('mergePatch, re-applying my edit on a version someone else saved first', () => {
  it('resends my field when the other side left it alone', () => {
    const current = { ...base, text: 'Roadmap for Q3' };
    expect(mergePatch(base, current, { discussed: true })).toEqual({ resend: { discussed: true }, conflicts: [] });
  });

  it('sends nothing when the other side already made the same change', () => {
    const current = { ...base, discussed: true };
    const merged = mergePatch(base, current, { discussed: true });
    expect(merged).toEqual({ resend: {}, conflicts: [] });
    expect(hasChanges(merged.resend)).toBe(false);
  });

  it('keeps their value and reports the field when both changed it differently', () => {
    const current = { ...base, order: 7 };
    expect(mergePatch(base, current, { order: 1.5 })).toEqual({ resend: {}, conflicts: ['order'] });
  });

  it('merges field by field in one patch', () => {
    const current = { ...base, order: 7 };
    expect(mergePatch(base, current, { order: 1.5, discussed: true })).toEqual({
      resend: { discussed: true },
      conflicts: ['order'],
    });
  });

  it('treats absent and null alike, so clearing a due date the other side also cleared is a no-op', () => {
    const withDue = { status: 'open', dueDate: '2026-12-09' as string | undefined | null };
    const cleared = { status: 'open', dueDate: undefined };
    expect(mergePatch(withDue, cleared, { dueDate: null })).toEqual({ resend: {}, conflicts: [] });
  });
});
