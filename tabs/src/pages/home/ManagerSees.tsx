import type { HomeManagerSees } from '@koers/domain';
import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useI18n } from '../../i18n/I18nContext';
import { portfolioHref } from '../../routes';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

/** What the employee's manager can read of them in Koers: only what is shared or agreed together. */
export function ManagerSees({ sees }: { sees: HomeManagerSees }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div data-testid="manager-sees">
      <Text as="p" block>
        {t('home.sees.intro')}
      </Text>
      <ul className={styles.list}>
        <li>{t('home.sees.answers', { shared: sees.sharedAnswers, private: sees.privateAnswers })}</li>
        <li>{t('home.sees.plans', { count: sees.plans })}</li>
        <li>{t('home.sees.portfolio', { shared: sees.portfolioShared, private: sees.portfolioPrivate })}</li>
      </ul>
      <Link href={portfolioHref()}>{t('home.sees.portfolioLink')}</Link>
    </div>
  );
}
