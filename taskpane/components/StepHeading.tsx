import { Text, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

/** The step's title and one sentence saying what it is for. */
export function StepHeading({ title, hint }: { readonly title: string; readonly hint: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <h2 className={styles.title}>{title}</h2>
      <Text size={200}>{hint}</Text>
    </div>
  );
}
