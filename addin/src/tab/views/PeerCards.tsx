import { Badge, Card, CardHeader, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { RelationshipListItem } from '../../api/relationships-api';
import { useMessages } from '../../i18n/use-messages';
import { healthColor, peerRowText } from './peer-row-text';

const useStyles = makeStyles({
  list: { display: 'grid', gap: tokens.spacingVerticalS, listStyleType: 'none', margin: 0, padding: 0, minWidth: 0 },
  card: { minWidth: 0, overflowWrap: 'anywhere' },
  facts: { display: 'grid', gap: tokens.spacingVerticalXXS, minWidth: 0 },
});

/** The peer table as a list of cards, for narrow frames (Teams mobile, a side-by-side window). */
export function PeerCards({
  items,
  nowMs,
  onOpen,
  label,
}: {
  items: RelationshipListItem[];
  nowMs: number;
  onOpen: (id: string) => void;
  label: string;
}) {
  const styles = useStyles();
  const tr = useMessages();
  const { t } = tr;
  return (
    <ul className={styles.list} aria-label={label}>
      {items.map((item) => {
        const text = peerRowText(item, tr, nowMs);
        return (
          <li key={item.id} data-testid={`peer-row-${item.peer.id}`}>
            <Card className={styles.card}>
              <CardHeader
                header={
                  <Link as="button" onClick={() => onOpen(item.id)}>
                    {item.peer.displayName}
                  </Link>
                }
                description={<Text size={200}>{text.team}</Text>}
                action={
                  <Badge
                    appearance={item.status === 'active' ? 'tint' : 'outline'}
                    {...(item.status === 'active' ? { color: healthColor[item.health] } : {})}
                  >
                    {text.status}
                  </Badge>
                }
              />
              <div className={styles.facts}>
                <Text size={200}>{`${text.goal} · ${text.cadence}`}</Text>
                <Text size={200}>{t('tab.peers.card.lastMet', { value: text.lastMet })}</Text>
                {item.status !== 'ended' && <Text size={200}>{t('tab.peers.card.next', { value: text.next })}</Text>}
                <Text size={200}>{text.commitments}</Text>
              </div>
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
