import type { Locale, TimelineItem, Visibility } from '@koers/domain';
import { Badge, Button, Card, Link, makeStyles, Switch, Text, tokens, useRestoreFocusTarget } from '@fluentui/react-components';
import { useId, useState, type ReactNode } from 'react';
import { describeError } from '../../api/describeError';
import { ErrorState } from '../../components/ErrorState';
import { useI18n } from '../../i18n/I18nContext';
import type { Translate } from '../../i18n/locale';
import { popHref } from '../../routes';
import { civilDateLabel, expiryText, hostOf, itemTitle, kindLabel, periodText } from './timelineText';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  text: { margin: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-line' },
  goals: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  share: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** What the owner can do with an item; absent for a manager reading it. */
export interface OwnerControls {
  /** The current manager's name; absent when there is none (nothing to share with). */
  managerName?: string;
  setVisibility(item: TimelineItem, visibility: Visibility): Promise<void>;
  edit?(item: TimelineItem): void;
  remove?(item: TimelineItem): void;
}

function withWhom(item: Exclude<TimelineItem, { source: 'eigen' }>, t: Translate): string {
  return item.manager.displayName ?? t('portfolio.someManager');
}

/** `party`: the viewer took part in what the item records (the employee, or the manager who was there). */
function Details({ item, today, locale, party, canvasRecord }: { item: TimelineItem; today: string; locale: Locale; party: boolean; canvasRecord?: CanvasRecordSlot }) {
  const { t } = useI18n();
  const styles = useStyles();
  if (item.source === 'eigen') {
    const c = item.content;
    const expiry = expiryText(c, today, t, locale);
    return (
      <>
        {c.organisation && (
          <Text as="p" block className={styles.text}>
            {c.organisation}
          </Text>
        )}
        {c.issuer && (
          <Text as="p" block className={styles.text}>
            {t('portfolio.issuer', { issuer: c.issuer })}
            {expiry ? ` · ${expiry}` : ''}
          </Text>
        )}
        {c.description && (
          <Text as="p" block className={styles.text} data-testid="item-description">
            {c.description}
          </Text>
        )}
        {c.link && (
          <Link href={c.link} target="_blank" rel="noopener noreferrer" data-testid="item-link">
            {t('portfolio.link', { host: hostOf(c.link) })}
          </Link>
        )}
      </>
    );
  }
  if (item.source === 'pop') {
    return (
      <>
        <Text as="p" block className={styles.text}>
          {t('portfolio.popWith', { name: withWhom(item, t), date: civilDateLabel(item.period.from, locale) })}
        </Text>
        {item.goalTitles.length > 0 && (
          <>
            <Text as="p" block weight="semibold" className={styles.text}>
              {t('portfolio.popGoals')}
            </Text>
            <ul className={styles.goals} data-testid="item-goals">
              {item.goalTitles.map((title, index) => (
                <li key={index}>{title}</li>
              ))}
            </ul>
          </>
        )}
        {/* Only the plan's own two people can open it; a later manager sees this summary only. */}
        {party && (
          <Link href={popHref(item.popId)} data-testid="item-open-pop">
            {t('portfolio.openPop')}
          </Link>
        )}
      </>
    );
  }
  return (
    <>
      <Text as="p" block className={styles.text}>
        {t('portfolio.conversationWith', { name: withWhom(item, t), date: civilDateLabel(item.period.from, locale) })}
      </Text>
      {/* The Koerskaart is the conversation's own record: for its two people, not for a later manager. */}
      {party && canvasRecord?.(item.conversationId)}
    </>
  );
}

function ShareSwitch({ item, owner, describedBy }: { item: TimelineItem; owner: OwnerControls & { managerName: string }; describedBy: string }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>();
  const hintId = useId();
  const byNature = item.source !== 'eigen' && item.sharedByNature;
  const hint = byNature
    ? t('portfolio.sharedByNature', { name: owner.managerName })
    : item.source !== 'eigen' && item.visibility === 'prive'
      ? t('portfolio.otherManagerHint', { name: withWhom(item, t), manager: owner.managerName })
      : item.visibility === 'leidinggevende'
        ? t('portfolio.sharedHint', { name: owner.managerName })
        : t('portfolio.privateHint');

  const toggle = async (checked: boolean) => {
    // Not disabled while saving: a disabled switch would drop the keyboard focus.
    if (pending) return;
    setPending(true);
    setError(undefined);
    try {
      await owner.setVisibility(item, checked ? 'leidinggevende' : 'prive');
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  };

  return (
    <div className={styles.share}>
      <Switch
        checked={item.visibility === 'leidinggevende'}
        disabled={byNature}
        aria-busy={pending}
        onChange={(_event, data) => void toggle(data.checked)}
        label={t('portfolio.share')}
        aria-describedby={`${hintId} ${describedBy}`}
        data-testid="item-share"
      />
      <Text id={hintId} size={200} data-testid="item-share-hint">
        {hint}
      </Text>
      {error !== undefined && <ErrorState message={describeError(error, language, t)} testId="item-share-error" />}
    </div>
  );
}

/** Shows a held conversation's Koerskaart under its card (it reads from the API, so the page brings it). */
export type CanvasRecordSlot = (conversationId: string) => ReactNode;

interface TimelineCardProps {
  item: TimelineItem;
  today: string;
  /** The owner's controls; absent: read-only (a manager's view). */
  owner?: OwnerControls;
  canvasRecord?: CanvasRecordSlot;
}

/** One item of the timeline: own entry, approved POP or held conversation. */
export function TimelineCard({ item, today, owner, canvasRecord }: TimelineCardProps) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const restoreTarget = useRestoreFocusTarget();
  const title = itemTitle(item, t);
  return (
    <Card appearance="outline" className={styles.card} aria-labelledby={headingId} data-testid="portfolio-item" data-source={item.source} data-item-id={item.id}>
      <div className={styles.badges}>
        <Badge appearance="tint" color={item.source === 'eigen' ? 'brand' : 'informative'}>
          {t(kindLabel(item))}
        </Badge>
        {item.source === 'eigen' && item.ongoing && (
          <Badge appearance="outline" color="success">
            {t('portfolio.ongoing')}
          </Badge>
        )}
      </div>
      <Text as="h3" id={headingId} size={400} weight="semibold" block className={styles.heading} data-testid="item-title">
        {title}
      </Text>
      <Text as="p" block size={200} className={styles.text} data-testid="item-period">
        {periodText(item, t, locale)}
      </Text>
      {item.source === 'gesprek' && item.location && (
        <Text as="p" block size={200} className={styles.text} data-testid="item-location">
          {t('plan.location', { location: item.location })}
        </Text>
      )}
      <Details item={item} today={today} locale={locale} party={owner !== undefined || (item.source !== 'eigen' && item.sharedByNature)} canvasRecord={canvasRecord} />
      {owner?.managerName && <ShareSwitch item={item} owner={{ ...owner, managerName: owner.managerName }} describedBy={headingId} />}
      {owner && item.source === 'eigen' && (owner.edit || owner.remove) && (
        <div className={styles.actions}>
          {owner.edit && (
            <Button appearance="secondary" {...restoreTarget} onClick={() => owner.edit?.(item)} aria-describedby={headingId} data-testid="item-edit">
              {t('portfolio.edit')}
            </Button>
          )}
          {owner.remove && (
            <Button appearance="subtle" {...restoreTarget} onClick={() => owner.remove?.(item)} aria-describedby={headingId} data-testid="item-delete">
              {t('portfolio.delete')}
            </Button>
          )}
        </div>
      )}
    </Card>
  );
}
