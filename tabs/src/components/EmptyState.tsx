import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

interface EmptyStateProps {
  title: string;
  /** The heading level that fits where the empty state sits in the page outline. */
  level: 'h2' | 'h3';
  children: ReactNode;
  testId?: string;
}

export function EmptyState({ title, level, children, testId }: EmptyStateProps) {
  const styles = useStyles();
  return (
    <div className={styles.root} data-testid={testId}>
      <Text as={level} size={400} weight="semibold" block>
        {title}
      </Text>
      <Text as="p" block>
        {children}
      </Text>
    </div>
  );
}
