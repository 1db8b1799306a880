import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  main: {
    flexGrow: 1,
    width: '100%',
    maxWidth: '960px',
    boxSizing: 'border-box',
    marginInline: 'auto',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
  // The meeting stage: one big screen shared by everyone in the meeting.
  wide: { maxWidth: 'none' },
});

/** The landmarks every screen shares: header (banner), nav when signed in, main. */
export function AppShell({ header, nav, wide, children }: { header: ReactNode; nav?: ReactNode; wide?: boolean; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {header}
      {nav}
      <main className={mergeClasses(styles.main, wide && styles.wide)} id="main">
        {children}
      </main>
    </div>
  );
}
