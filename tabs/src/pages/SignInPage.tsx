import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { PageHeading } from '../components/PageHeading';
import { useI18n } from '../i18n/I18nContext';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalM },
});

interface SignInPageProps {
  message?: string;
  /** Asks Teams for a token again (may show Teams' consent prompt). */
  onSignIn: () => Promise<void>;
}

/** Inside Teams, when SSO failed or the API kept answering 401. */
export function SignInPage({ message, onSignIn }: SignInPageProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const signIn = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await onSignIn();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.page} data-testid="sign-in">
      <PageHeading>{t('auth.signInTitle')}</PageHeading>
      {(message || failed) && (
        <MessageBar intent="warning" data-testid="signed-out-message">
          <MessageBarBody>{message ?? t('auth.teamsSignedOut')}</MessageBarBody>
        </MessageBar>
      )}
      <Text as="p" block>
        {t('auth.teamsSignedOut')}
      </Text>
      <Button appearance="primary" onClick={() => void signIn()} disabled={busy}>
        {busy ? t('auth.signingIn') : t('auth.signInButton')}
      </Button>
    </div>
  );
}
