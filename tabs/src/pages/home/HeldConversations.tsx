import type { HeldConversation } from '@koers/domain';
import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { useI18n } from '../../i18n/I18nContext';
import { canvasHref, popHref } from '../../routes';
import { HeldCanvas } from '../canvas/HeldCanvas';
import { Tile } from './Tile';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  links: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: tokens.spacingHorizontalL },
});

/** The conversations held, newest first, each with its Koerskaart and the plan that came out of it. */
export function HeldConversations({ items, timeZone, level = 'h2' }: { items: readonly HeldConversation[]; timeZone: string; level?: 'h2' | 'h3' }) {
  const { t, formatDateTime } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.section} data-testid="held-conversations">
      <Text as={level} id={headingId} size={500} weight="semibold" block className={styles.heading}>
        {t('home.history.title')}
      </Text>
      {items.length === 0 ? (
        <EmptyState level="h3" title={t('home.history.emptyTitle')} testId="held-empty">
          {t('home.history.emptyBody')}
        </EmptyState>
      ) : (
        <ul role="list" aria-label={t('home.history.label')} className={styles.list}>
          {items.map((item) => {
            const other = item.role === 'employee' ? item.manager : item.employee;
            const date = formatDateTime(item.heldAt, timeZone, { dateStyle: 'long' });
            return (
              <li key={item.id}>
                <Tile size="small" className={styles.card} data-testid="held-conversation" data-conversation-id={item.id}>
                  <Text weight="semibold">{t(`portfolio.conversation.${item.kind}`)}</Text>
                  <Text size={200}>
                    {date} · {t('home.history.with', { name: other.displayName })}
                  </Text>
                  <div className={styles.links}>
                    <Link href={canvasHref(item.id)} aria-label={t('home.history.canvasLabel', { name: other.displayName, date })} data-testid="held-canvas">
                      {t('home.history.canvas')}
                    </Link>
                    {item.popId ? (
                      <Link href={popHref(item.popId)} aria-label={t('home.history.popLabel', { name: other.displayName, date })} data-testid="held-pop">
                        {t('home.history.pop')}
                      </Link>
                    ) : (
                      <Text size={200}>{t('home.history.noPop')}</Text>
                    )}
                  </div>
                  <HeldCanvas conversationId={item.id} level={level === 'h2' ? 3 : 4} />
                </Tile>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
