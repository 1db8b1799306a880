import type { HomeNextConversation } from '@koers/domain';
import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { EmptyState } from '../../components/EmptyState';
import { useI18n } from '../../i18n/I18nContext';
import { canvasHref, routeHref } from '../../routes';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  links: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
});

/** The employee's next conversation, and how far their preparation is. */
export function NextConversation({ next, timeZone }: { next?: HomeNextConversation; timeZone: string }) {
  const { t, formatDateTime } = useI18n();
  const styles = useStyles();
  if (!next) {
    return (
      <EmptyState level="h3" title={t('myPage.nextEmptyTitle')} testId="next-conversation-empty">
        {t('myPage.nextEmptyBody')}
      </EmptyState>
    );
  }
  const { preparation } = next;
  return (
    <div className={styles.root} data-testid="next-conversation" data-prepared={preparation.done}>
      <Text as="p" block>
        {t('myPage.nextPlanned', { date: formatDateTime(next.start, timeZone) })}
      </Text>
      <Text as="p" block>
        {t('home.history.with', { name: next.with.displayName })}
      </Text>
      <Text as="p" block data-testid="next-where">
        {next.location ? t('plan.location', { location: next.location }) : t('plan.online')}
      </Text>
      <Text as="p" block data-testid="next-preparation">
        {preparation.done ? t('home.next.prepDone') : t('home.next.prepProgress', { answered: preparation.answered, total: preparation.total })}
      </Text>
      <div className={styles.links}>
        <Link href={routeHref('prepare')}>{t('myPage.prepareLink')}</Link>
        <Link href={canvasHref(next.id)}>{t('home.history.canvas')}</Link>
      </div>
    </div>
  );
}
