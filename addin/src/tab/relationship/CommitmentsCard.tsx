import { Body1, Caption1, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Profile } from '../../../../shared/model/profile';
import type { Commitment, PeerProfile } from '../../../../shared/relationships/relationship-schemas';
import { ApiProblem } from '../../api/api-client';
import { fetchCommitments, patchCommitment } from '../../api/relationships-api';
import { useApiResource } from '../../api/use-api-resource';
import { ProblemMessage } from '../../features/problems/ProblemMessage';
import { SectionCard } from './SectionCard';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalXS },
  columns: { display: 'grid', gap: tokens.spacingVerticalM },
  label: { display: 'block', marginBottom: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
});

/** Commitments both ways: what I owe them and what they owe me; ticking one marks it done. */
export function CommitmentsCard({
  relationshipId,
  me,
  peer,
}: {
  relationshipId: string;
  me: Profile;
  peer: PeerProfile;
}) {
  const styles = useStyles();
  const { resource, retry } = useApiResource((signal) => fetchCommitments(relationshipId, signal), [relationshipId]);
  const [problem, setProblem] = useState<ApiProblem>();
  // Ticks show at once; a failed save puts the box back and says why.
  const [pending, setPending] = useState<Record<string, boolean>>({});

  const toggle = async (commitment: Commitment) => {
    const done = !(pending[commitment.id] ?? commitment.status === 'done');
    setProblem(undefined);
    setPending((p) => ({ ...p, [commitment.id]: done }));
    try {
      await patchCommitment(relationshipId, commitment.id, commitment.etag, { status: done ? 'done' : 'open' });
    } catch (error) {
      setPending(({ [commitment.id]: _dropped, ...rest }) => rest);
      if (error instanceof ApiProblem) setProblem(error);
    }
    retry();
  };

  const render = (items: Commitment[], label: string) => (
    <div>
      <Caption1 as="h4" className={styles.label}>
        {label}
      </Caption1>
      {items.length === 0 ? (
        <Body1>Nothing open.</Body1>
      ) : (
        <ul className={styles.list} aria-label={label}>
          {items.map((c) => (
            <li key={c.id}>
              <Checkbox
                checked={pending[c.id] ?? c.status === 'done'}
                onChange={() => void toggle(c)}
                label={`${c.text}${c.dueDate ? ` (due ${c.dueDate})` : ''}`}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );

  return (
    <SectionCard title="Commitments" id={`commitments-${relationshipId}`}>
      {problem && <ProblemMessage problem={problem} />}
      {resource.state === 'error' && <ProblemMessage problem={resource.problem} onRetry={retry} />}
      {resource.state === 'ready' && (
        <div className={styles.columns}>
          {render(
            resource.data.commitments.filter((c) => c.owner === me.id && c.status !== 'dropped'),
            `Mine to ${peer.displayName}`,
          )}
          {render(
            resource.data.commitments.filter((c) => c.owner !== me.id && c.status !== 'dropped'),
            `${peer.displayName}'s to me`,
          )}
        </div>
      )}
    </SectionCard>
  );
}
