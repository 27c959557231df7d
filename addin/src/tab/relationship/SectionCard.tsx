import { Card, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  title: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** A titled card for one part of the relationship page; the heading labels the region. */
export function SectionCard({
  title,
  extra,
  children,
  id,
}: {
  title: string;
  extra?: ReactNode;
  children: ReactNode;
  id: string;
}) {
  const styles = useStyles();
  return (
    <Card className={styles.card} role="region" aria-labelledby={id}>
      <div className={styles.title}>
        <Subtitle2 as="h3" id={id}>
          {title}
        </Subtitle2>
        {extra}
      </div>
      {children}
    </Card>
  );
}
