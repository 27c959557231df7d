import {
  Avatar,
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import { suggestGoal } from '../../../../shared/discovery/goals';
import type { SearchedPerson } from '../../../../shared/discovery/search-eligibility';
import type { PeerSuggestion } from '../../../../shared/discovery/suggestion-schema';
import { searchPeople } from '../../api/peers-api';
import { notPeerText } from '../../features/peers/not-peer-text';
import { ProblemMessage } from '../../features/problems/ProblemMessage';
import { useAction } from '../../features/problems/use-action';
import { useMessages } from '../../i18n/use-messages';

const useStyles = makeStyles({
  root: { display: 'grid', gap: tokens.spacingVerticalS, minWidth: 0 },
  form: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  field: { flexGrow: 1, minWidth: 'min(16rem, 100%)' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  row: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  who: { display: 'grid', flexGrow: 1, flexBasis: '12rem', minWidth: 0, overflowWrap: 'anywhere' },
  why: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

/**
 * Start with someone not suggested: people by name, each with a Start button. People who cannot
 * be a peer (the caller's manager, direct reports) stay listed, greyed out with the reason, and
 * can never be chosen; nobody is ever chosen by the search itself, not even a single match.
 */
export function PeopleSearch({ onStart }: { onStart: (suggestion: PeerSuggestion) => void }) {
  const styles = useStyles();
  const { t } = useMessages();
  const { busy, problem, run } = useAction();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ query: string; people: SearchedPerson[] }>();
  const idBase = useId();

  const search = () =>
    void run(async () => {
      const q = query.trim();
      setFound({ query: q, people: await searchPeople(q) });
    });
  const asSuggestion = (person: SearchedPerson): PeerSuggestion => ({
    user: { id: person.id, displayName: person.displayName, department: person.department, jobTitle: person.jobTitle },
    score: 0,
    reasons: [],
    cadenceWeeks: 4,
    cadenceReason: t('tab.search.cadenceReason'),
    goal: suggestGoal({ meetingsLast90Days: 0, smallMeetingsLast90Days: 0, pairWeight: 0 }),
  });

  return (
    <section className={styles.root} aria-labelledby={`${idBase}-heading`}>
      <Subtitle2 as="h2" id={`${idBase}-heading`}>
        {t('tab.search.heading')}
      </Subtitle2>
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          if (query.trim()) search();
        }}
      >
        <Field label={t('tab.search.label')} className={styles.field}>
          <Input value={query} maxLength={100} onChange={(_, data) => setQuery(data.value)} />
        </Field>
        <Button type="submit" disabled={busy || !query.trim()}>
          {t('tab.search.submit')}
        </Button>
      </form>
      {problem && <ProblemMessage problem={problem} />}
      {found && (
        <Body1 block role="status">
          {found.people.length === 0
            ? t('tab.search.noMatch', { query: found.query })
            : t('tab.search.matches', { count: found.people.length })}
        </Body1>
      )}
      {found && found.people.length > 0 && (
        <ul className={styles.list} aria-label={t('tab.search.resultsLabel')}>
          {found.people.map((person) => {
            const why = notPeerText(t, person.eligibility);
            const whyId = `${idBase}-why-${person.id}`;
            return (
              <li key={person.id} className={styles.row}>
                <Avatar name={person.displayName} color={why ? 'neutral' : 'colorful'} aria-hidden />
                <span className={styles.who}>
                  <Text weight="semibold">{person.displayName}</Text>
                  <Caption1>{[person.department, person.jobTitle].filter(Boolean).join(' · ')}</Caption1>
                  {why && (
                    <Caption1 id={whyId} className={styles.why}>
                      {why}
                    </Caption1>
                  )}
                </span>
                <Button
                  appearance={why ? 'secondary' : 'primary'}
                  disabledFocusable={why !== undefined}
                  aria-label={t('tab.suggestions.startNamed', { name: person.displayName })}
                  {...(why ? { 'aria-describedby': whyId } : {})}
                  onClick={() => (why ? undefined : onStart(asSuggestion(person)))}
                >
                  {t('tab.suggestions.start')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
