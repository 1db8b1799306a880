import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: { margin: `0 0 ${tokens.spacingVerticalM}` },
});

/** The page's one h1. */
export function PageHeading({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return (
    <Text as="h1" size={700} weight="semibold" block className={styles.root}>
      {children}
    </Text>
  );
}
