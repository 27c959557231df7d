import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useMessages } from '../i18n/use-messages';
import type { PeerChoice } from './use-peer-choices';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'grid',
    gap: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
});

/** People the search found who cannot be a peer, with the reason in view (the list greys them out too). */
export function NotPeerList({ people }: { people: PeerChoice[] }) {
  const styles = useStyles();
  const { t } = useMessages();
  const blocked = people.filter((p) => p.notPeerReason !== undefined);
  if (blocked.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={t('compose.notPeerList')}>
      {blocked.map((p) => (
        <li key={p.key}>
          <Caption1>{t('compose.notPeer', { name: p.label, reason: p.notPeerReason ?? '' })}</Caption1>
        </li>
      ))}
    </ul>
  );
}
