import {
  Button,
  Card,
  CardHeader,
  Field,
  Select,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { cadenceValues, type CadenceWeeks } from '../../../../shared/discovery/cadence';
import { goalLabel } from '../../../../shared/discovery/goals';
import { respondToInvitation, type RelationshipListItem } from '../../api/relationships-api';
import type { ApiProblem } from '../../api/api-client';
import { ProblemMessage } from '../../features/problems/ProblemMessage';

const useStyles = makeStyles({
  list: { display: 'grid', gap: tokens.spacingVerticalM, listStyleType: 'none', margin: 0, padding: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
});

/** Invitations someone sent me: accept, suggest another cadence, or "not now" (private: they never see why). */
export function InvitationsPanel({
  invitations,
  onAnswered,
}: {
  invitations: RelationshipListItem[];
  onAnswered: () => void;
}) {
  const styles = useStyles();
  return (
    <section aria-labelledby="invitations-heading">
      <Subtitle2 as="h2" id="invitations-heading">
        Invitations
      </Subtitle2>
      <ul className={styles.list}>
        {invitations.map((invitation) => (
          <li key={invitation.id}>
            <Invitation invitation={invitation} onAnswered={onAnswered} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Invitation({ invitation, onAnswered }: { invitation: RelationshipListItem; onAnswered: () => void }) {
  const styles = useStyles();
  const [cadence, setCadence] = useState<CadenceWeeks>(invitation.cadenceWeeks);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const answer = async (response: Parameters<typeof respondToInvitation>[1]) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await respondToInvitation(invitation.id, response);
      onAnswered();
    } catch (error) {
      setProblem(error as ApiProblem);
    } finally {
      setBusy(false);
    }
  };
  const name = invitation.peer.displayName;
  return (
    <Card>
      <CardHeader
        header={
          <Text weight="semibold">
            {invitation.initiatedBy === invitation.peer.id
              ? `${name} invited you to a peer 1:1`
              : `${name} suggests meeting every ${invitation.cadenceWeeks} weeks instead`}
          </Text>
        }
        description={
          <Text size={200}>
            {goalLabel(invitation.goal)} · every {invitation.cadenceWeeks} weeks ·{' '}
            {[invitation.peer.department, invitation.peer.jobTitle].filter(Boolean).join(' · ')}
          </Text>
        }
      />
      {problem && <ProblemMessage problem={problem} />}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => answer({ action: 'accept' })}>
          Accept
        </Button>
        <Field label="Or suggest another cadence">
          <Select value={String(cadence)} onChange={(_, data) => setCadence(Number(data.value) as CadenceWeeks)}>
            {cadenceValues.map((weeks) => (
              <option key={weeks} value={String(weeks)}>{`Every ${weeks} weeks`}</option>
            ))}
          </Select>
        </Field>
        <Button
          disabled={busy || cadence === invitation.cadenceWeeks}
          onClick={() => answer({ action: 'propose', cadenceWeeks: cadence })}
        >
          Suggest every {cadence} weeks
        </Button>
        <Button appearance="subtle" disabled={busy} onClick={() => answer({ action: 'decline' })}>
          Not now
        </Button>
      </div>
    </Card>
  );
}
