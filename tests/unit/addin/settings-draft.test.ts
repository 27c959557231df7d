import { describe, expect, it } from 'vitest';
import { createIntl } from 'react-intl';
import { createBody, settingsProblem } from '../../../addin/src/features/settings/settings-draft';
import { enUS } from '../../../addin/src/i18n/messages.en-US';

// The cadence labels now come from the catalogue (CadenceField picks the message).
const intl = createIntl({ locale: 'en-US', messages: enUS });
const cadenceLabel = (weeks: number, suggestedWeeks?: number) =>
  intl.formatMessage(
    { id: weeks === suggestedWeeks ? 'settings.cadence.suggested' : 'settings.cadence.every' },
    { weeks },
  );

const draft = { goal: 'rapport' as const, goalNote: '', cadenceWeeks: 4 as const, format: 'coffee' as const };

describe('settings chosen for a new peer 1:1', () => {
  it('builds the create body, without a note for a goal that is not custom', () => {
    expect(createBody('u1', { ...draft, goalNote: 'ignored' })).toEqual({
      peer: 'u1',
      goal: 'rapport',
      cadenceWeeks: 4,
      format: 'coffee',
    });
  });

  it('sends the trimmed sentence of a custom goal', () => {
    expect(createBody('u1', { ...draft, goal: 'custom', goalNote: '  Ship faster  ' }).goalNote).toBe('Ship faster');
  });

  it('says why a custom goal without its sentence cannot be used yet', () => {
    expect(settingsProblem({ ...draft, goal: 'custom', goalNote: ' ' })).toMatch(/goal/);
    expect(settingsProblem(draft)).toBeUndefined();
  });

  it('marks the suggested cadence', () => {
    expect(cadenceLabel(3, 3)).toBe('Every 3 weeks (suggested)');
    expect(cadenceLabel(4, 3)).toBe('Every 4 weeks');
    expect(cadenceLabel(1)).toBe('Every week');
  });
});
