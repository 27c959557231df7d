import { RadioGroup, makeStyles, mergeClasses, tokens, type RadioGroupProps } from '@fluentui/react-components';

const useStyles = makeStyles({
  // Fluent draws the labels of unchosen options in foreground 3, which reads as disabled; here every
  // option keeps body-text colour and the filled indicator alone shows the choice.
  readable: { '--colorNeutralForeground3': tokens.colorNeutralForeground1 },
});

/** The one radio group of the add-in: Fluent's, with every option's label as readable as the chosen one. */
export function ChoiceGroup({ className, ...props }: RadioGroupProps) {
  const styles = useStyles();
  return <RadioGroup {...props} className={mergeClasses(styles.readable, className)} />;
}
