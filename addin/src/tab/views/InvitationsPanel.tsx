import { Button, Card, CardHeader, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { CadenceWeeks } from '../../../../shared/discovery/cadence';
import { formatDateTime } from '../../../../shared/time';
import { respondToInvitation, type RelationshipListItem } from '../../api/relationships-api';
import { ProblemMessage } from '../../features/problems/ProblemMessage';
import { useAction } from '../../features/problems/use-action';
import { CadenceField } from '../../features/settings/CadenceField';
import { formatText, goalText } from '../../i18n/domain-text';
import { useMessages } from '../../i18n/use-messages';
import { NotNowDialog } from './NotNowDialog';

const useStyles = makeStyles({
  list: { display: 'grid', gap: tokens.spacingVerticalM, listStyleType: 'none', margin: 0, padding: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  terms: { display: 'grid', gap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere', minWidth: 0 },
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
  const { t } = useMessages();
  return (
    <section aria-labelledby="invitations-heading">
      <Subtitle2 as="h2" id="invitations-heading">
        {t('tab.invitations.title')}
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

/** The inviter's proposed first time, when the API carries one (a booked series, or a proposal). */
function proposedStart(invitation: RelationshipListItem): string | undefined {
  return invitation.proposedSlot?.start ?? invitation.nextMeetingAt;
}

function Invitation({ invitation, onAnswered }: { invitation: RelationshipListItem; onAnswered: () => void }) {
  const styles = useStyles();
  const { t, timeView } = useMessages();
  const [cadence, setCadence] = useState<CadenceWeeks>(invitation.cadenceWeeks);
  const [confirming, setConfirming] = useState(false);
  const { busy, problem, run } = useAction();
  const answer = (response: Parameters<typeof respondToInvitation>[1]) =>
    void run(async () => {
      await respondToInvitation(invitation.id, response);
      setConfirming(false);
      onAnswered();
    });
  const name = invitation.peer.displayName;
  const proposed = proposedStart(invitation);
  const slot = invitation.proposedSlot;
  const acceptEffectId = `invitation-${invitation.id}-accept-effect`;
  return (
    <Card>
      <CardHeader
        header={
          <Text weight="semibold">
            {invitation.initiatedBy === invitation.peer.id
              ? t('tab.invitations.invited', { name })
              : t('tab.invitations.counter', { name, weeks: invitation.cadenceWeeks })}
          </Text>
        }
        description={
          <Text size={200}>{[invitation.peer.department, invitation.peer.jobTitle].filter(Boolean).join(' · ')}</Text>
        }
      />
      <div className={styles.terms} data-testid="invitation-terms">
        <Text>{t('tab.invitations.goal', { goal: goalText(t, invitation.goal) })}</Text>
        {invitation.goalNote && <Text italic>{t('tab.invitations.theirWords', { note: invitation.goalNote })}</Text>}
        <Text>
          {t('tab.invitations.terms', {
            cadence: t('settings.cadence.every', { weeks: invitation.cadenceWeeks }),
            format: formatText(t, invitation.format),
          })}
        </Text>
        <Text>
          {proposed
            ? t('tab.invitations.proposed', { when: formatDateTime(proposed, timeView) })
            : t('tab.invitations.noTime')}
        </Text>
      </div>
      {problem && <ProblemMessage problem={problem} />}
      {slot && (
        <Text id={acceptEffectId} data-testid="invitation-accept-effect">
          {t('tab.invitations.acceptBooks', { when: formatDateTime(slot.start, timeView) })}
        </Text>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy}
          aria-describedby={slot ? acceptEffectId : undefined}
          onClick={() => answer({ action: 'accept' })}
        >
          {t('tab.invitations.accept')}
        </Button>
        <CadenceField label={t('tab.invitations.otherCadence')} value={cadence} onChange={setCadence} disabled={busy} />
        <Button
          disabled={busy || cadence === invitation.cadenceWeeks}
          onClick={() => answer({ action: 'propose', cadenceWeeks: cadence })}
        >
          {t('tab.invitations.propose', { weeks: cadence })}
        </Button>
        <Button appearance="subtle" disabled={busy} onClick={() => setConfirming(true)}>
          {t('tab.invitations.notNow')}
        </Button>
      </div>
      {confirming && (
        <NotNowDialog
          name={name}
          busy={busy}
          onCancel={() => setConfirming(false)}
          onConfirm={(reason) => answer({ action: 'decline', ...(reason ? { reason } : {}) })}
        />
      )}
    </Card>
  );
}
