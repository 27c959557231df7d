import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  frame: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    paddingTop: '20vh',
  },
  ring: {
    width: '32px',
    height: '32px',
    boxSizing: 'border-box',
    borderRadius: tokens.borderRadiusCircular,
    border: `3px solid ${tokens.colorBrandStroke2}`,
    borderTopColor: tokens.colorBrandStroke1,
    animationName: { to: { transform: 'rotate(360deg)' } },
    animationDuration: '0.9s',
    animationIterationCount: 'infinite',
    animationTimingFunction: 'linear',
    '@media (prefers-reduced-motion: reduce)': { animationDuration: '3s' },
  },
});

/**
 * The shell's "loading" indicator, drawn with two styled rings rather than Fluent's Spinner: it sits
 * on every page's first download, and the Spinner (with its label component) weighs more than the rest
 * of the shell's own code.
 */
export function ShellLoading({ label }: { label: string }) {
  const styles = useStyles();
  return (
    <div className={styles.frame} role="status">
      <div className={styles.ring} aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
