import { dateTimeFormat } from '../../format/dateTimeFormat';
import type { EntryContent, Locale, TimelineItem } from '@koers/domain';
import { certificateValidity, isPointInTime } from '@koers/domain';
import type { Translate } from '../../i18n/locale';
import type { MessageKey } from '../../i18n/locale';

/** How a timeline item reads: its title, kind and period, in the UI language. */

/** "1 sep. 2026" style, for a civil date (no time zone can move it: formatted at noon UTC). */
export function civilDateLabel(date: string, locale: Locale): string {
  return dateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

export function periodText(item: TimelineItem, t: Translate, locale: Locale): string {
  const { from, to } = item.period;
  if (item.source === 'eigen' && isPointInTime(item.content.kind)) {
    const date = civilDateLabel(from, locale);
    return item.content.kind === 'certificaat' ? t('portfolio.obtained', { date }) : date;
  }
  if (to === undefined) return t('portfolio.since', { date: civilDateLabel(from, locale) });
  if (to === from) return civilDateLabel(from, locale);
  return t('portfolio.period', { from: civilDateLabel(from, locale), to: civilDateLabel(to, locale) });
}

export function kindLabel(item: TimelineItem): MessageKey {
  return item.source === 'eigen' ? `portfolio.kind.${item.content.kind}` : `portfolio.kind.${item.source}`;
}

export function itemTitle(item: TimelineItem, t: Translate): string {
  if (item.source === 'eigen') return item.content.title;
  if (item.source === 'pop') return t('portfolio.popTitle', { version: item.version });
  return t(`portfolio.conversation.${item.conversationKind}`);
}

/** A certificate's validity: until when, expiring within three months, or since when it expired (`today` in the organisation's zone). */
export function expiryText(content: EntryContent, today: string, t: Translate, locale: Locale): string | undefined {
  if (content.kind !== 'certificaat' || !content.expiresOn) return undefined;
  const date = civilDateLabel(content.expiresOn, locale);
  const state = certificateValidity(content.expiresOn, today);
  return state === 'verlopen' ? t('portfolio.expired', { date }) : state === 'verloopt-binnenkort' ? t('certificates.entryExpiresSoon', { date }) : t('portfolio.validUntil', { date });
}

/** The host a link goes to, shown instead of the whole address. */
export function hostOf(link: string): string {
  try {
    return new URL(link).host;
  } catch {
    return link;
  }
}
