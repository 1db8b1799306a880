import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { HTMLAttributes } from 'react';

/**
 * Drawn as Fluent's outline Card is (its padding, gap, corners and a border that takes no room),
 * for what only shows: the home page's cards have no click and no focus of their own, and
 * Fluent's Card (with tabster's focus group) is some 6 KB of code on the tab's first screen.
 */
const useStyles = makeStyles({
  tile: {
    position: 'relative',
    display: 'flex',
    flexDirection: 'column',
    boxSizing: 'border-box',
    overflow: 'hidden',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorTransparentBackground,
    '::after': {
      content: '""',
      position: 'absolute',
      inset: 0,
      pointerEvents: 'none',
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
      borderRadius: 'inherit',
    },
  },
  medium: { padding: '12px', gap: '12px', borderRadius: tokens.borderRadiusMedium },
  small: { padding: '8px', gap: '8px', borderRadius: tokens.borderRadiusSmall },
});

export function Tile({ size = 'medium', className, ...rest }: HTMLAttributes<HTMLDivElement> & { size?: 'small' | 'medium' }) {
  const styles = useStyles();
  return <div {...rest} className={mergeClasses(styles.tile, styles[size], className)} />;
}
