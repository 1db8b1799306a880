import { Text } from '@fluentui/react-components';
import { PageHeading } from '../components/PageHeading';
import { useI18n } from '../i18n/I18nContext';

/** Azure mode in a plain browser: there is no persona switch there, only Teams SSO. */
export function OpenInTeamsPage() {
  const { t } = useI18n();
  return (
    <div data-testid="open-in-teams">
      <PageHeading>{t('auth.openInTeamsTitle')}</PageHeading>
      <Text as="p" block>
        {t('auth.openInTeamsBody')}
      </Text>
    </div>
  );
}
