import type { GoalLearningItem } from '@koers/domain';
import type { Translate } from '../../i18n/locale';

/**
 * One linked library item in a line, as the editor, the agreed plan and the PDF say it: provider,
 * hours, the training days when the library gives them, and what it costs after the fund — or that it is free because the job requires it.
 */
export function learningDetails(t: Translate, locale: string, item: GoalLearningItem): string {
  const cost = item.requiredForJob ? t('goalLinks.free') : item.fund ? t('goalLinks.costAfterFund', { amount: euros(locale, item.costEuro), fund: item.fund }) : euros(locale, item.costEuro);
  const days = item.trainingDays === undefined ? '' : t('trainingRight.itemDays', { days: item.trainingDays });
  return [item.provider, t('goalLinks.hours', { hours: item.hours }), days, cost].filter((part) => part !== '').join(' · ');
}

export function euros(locale: string, amount: number): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(amount);
}
