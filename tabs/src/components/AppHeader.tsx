import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  user: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

interface AppHeaderProps {
  /** Who is signed in, once known. */
  userName?: string;
  /** Shown outside Teams in local mode: back to the persona picker. */
  onSwitchPersona?: () => void;
  /** Local mode: the bell with the person's activity feed notifications. */
  notifications?: ReactNode;
}

export function AppHeader({ userName, onSwitchPersona, notifications }: AppHeaderProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <Text weight="semibold" size={500}>
        {t('app.name')}
      </Text>
      <div className={styles.user}>
        {notifications}
        {userName && <Text data-testid="signed-in-as">{t('header.signedInAs', { name: userName })}</Text>}
        {onSwitchPersona && (
          <Button appearance="secondary" size="small" onClick={onSwitchPersona} data-testid="switch-persona">
            {t('persona.switch')}
          </Button>
        )}
      </div>
    </header>
  );
}
