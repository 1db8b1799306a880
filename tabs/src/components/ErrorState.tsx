import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nContext';

interface ErrorStateProps {
  message: string;
  onRetry?: () => void;
  title?: string;
  testId?: string;
}

/** A failure the user can read (in the UI language) and, where it makes sense, retry. */
export function ErrorState({ message, onRetry, title, testId = 'error' }: ErrorStateProps) {
  const { t } = useI18n();
  return (
    <MessageBar intent="error" layout="multiline" data-testid={testId}>
      <MessageBarBody>
        <MessageBarTitle>{title ?? t('state.errorTitle')}</MessageBarTitle>
        {message}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button appearance="secondary" onClick={onRetry} data-testid="retry">
            {t('state.retry')}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
