import { Body1, Skeleton, SkeletonItem, Title2, makeStyles, tokens } from '@fluentui/react-components';
import type { Profile } from '../../../shared/model/profile';
import type { MessageId } from '../i18n/messages.en-US';
import { useMessages } from '../i18n/use-messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  meta: { color: tokens.colorNeutralForeground2 },
});

/** "Good afternoon, Ava" with the person's team and role, as the first thing a page shows. */
export function Greeting({ profile, now = new Date() }: { profile: Profile; now?: Date }) {
  const styles = useStyles();
  const { t } = useMessages();
  const firstName = profile.displayName.split(' ')[0] ?? profile.displayName;
  const team = [profile.department, profile.jobTitle].filter(Boolean).join(' · ');
  return (
    <header className={styles.root} data-testid="greeting">
      <Title2 as="h1">{t(partOfDay(now), { name: firstName })}</Title2>
      {team && <Body1 className={styles.meta}>{team}</Body1>}
    </header>
  );
}

export function GreetingSkeleton() {
  const { t } = useMessages();
  return (
    <Skeleton aria-label={t('greeting.loadingProfile')}>
      <SkeletonItem size={32} style={{ width: '16rem' }} />
      <SkeletonItem size={16} style={{ width: '12rem', marginTop: 8 }} />
    </Skeleton>
  );
}

function partOfDay(now: Date): MessageId {
  const hour = now.getHours();
  if (hour < 12) return 'greeting.morning';
  if (hour < 18) return 'greeting.afternoon';
  return 'greeting.evening';
}
