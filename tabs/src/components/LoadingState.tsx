import { makeStyles, Spinner, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', justifyContent: 'center', padding: tokens.spacingVerticalXXL },
});

export function LoadingState({ label, testId = 'loading' }: { label: string; testId?: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root} data-testid={testId}>
      <Spinner label={label} labelPosition="below" />
    </div>
  );
}
