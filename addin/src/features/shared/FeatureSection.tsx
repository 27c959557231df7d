import { Card, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  frame: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  plain: { gap: tokens.spacingVerticalS },
  title: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** How a feature sits on its page: a card in the tab's grid, a plain section in the narrow panes. */
export type FeatureFrame = 'card' | 'plain';

/** A titled region for one feature; the heading labels it, whatever the frame. */
export function FeatureSection({
  title,
  headingId,
  extra,
  frame = 'card',
  children,
}: {
  title: string;
  headingId: string;
  extra?: ReactNode;
  frame?: FeatureFrame;
  children: ReactNode;
}) {
  const styles = useStyles();
  const heading = (
    <div className={styles.title}>
      <Subtitle2 as={frame === 'card' ? 'h3' : 'h2'} id={headingId}>
        {title}
      </Subtitle2>
      {extra}
    </div>
  );
  return frame === 'card' ? (
    <Card className={styles.frame} role="region" aria-labelledby={headingId}>
      {heading}
      {children}
    </Card>
  ) : (
    <section className={mergeClasses(styles.frame, styles.plain)} aria-labelledby={headingId}>
      {heading}
      {children}
    </section>
  );
}
