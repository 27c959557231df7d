import { Button, Card, CardHeader, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { CadenceWeeks } from '../../../../shared/discovery/cadence';
import { goalLabel } from '../../../../shared/discovery/goals';
import { respondToInvitation, type RelationshipListItem } from '../../api/relationships-api';
import { ProblemMessage } from '../../features/problems/ProblemMessage';
import { useAction } from '../../features/problems/use-action';
import { CadenceField } from '../../features/settings/CadenceField';

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
  const { busy, problem, run } = useAction();
  const answer = (response: Parameters<typeof respondToInvitation>[1]) =>
    void run(async () => {
      await respondToInvitation(invitation.id, response);
      onAnswered();
    });
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
        <CadenceField label="Or suggest another cadence" value={cadence} onChange={setCadence} disabled={busy} />
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
