import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nContext';

const useStyles = makeStyles({
  trigger: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

function BellIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M8 1.5a4.5 4.5 0 0 0-4.5 4.5v2.6L2.2 11a.5.5 0 0 0 .44.75h10.72a.5.5 0 0 0 .44-.75L12.5 8.6V6A4.5 4.5 0 0 0 8 1.5Zm-1.9 11.25a2 2 0 0 0 3.8 0H6.1Z"
      />
    </svg>
  );
}

/** What the bell's button shows: the bell, its name and, when there is one, the count of new ones. */
export function BellLabel({ badge }: { badge?: ReactNode }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <span className={styles.trigger}>
      <BellIcon />
      {t('notifications.open')}
      {badge}
    </span>
  );
}

/**
 * Holds the bell's place in the header while its code and the signed-in person load: the header
 * wraps on a narrow screen, and a bell arriving later would push the whole page down.
 */
export function BellPlaceholder() {
  return (
    <Button appearance="subtle" size="small" disabled aria-hidden="true" data-testid="notifications-placeholder">
      <BellLabel />
    </Button>
  );
}
