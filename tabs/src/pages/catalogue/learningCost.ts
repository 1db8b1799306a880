import { netCost, type LearningItem } from '@koers/domain';
import { useI18n } from '../../i18n/I18nContext';

/** A learning item's price as the function house and the career paths show it: with the fund's part where there is one. */
export function useLearningCost(): (item: Pick<LearningItem, 'costEuro' | 'funding'>) => string {
  const { t, locale } = useI18n();
  const euro = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  return (item) => {
    if (item.costEuro === 0) return t('catalogue.free');
    if (!item.funding) return euro.format(item.costEuro);
    return t('catalogue.funded', { cost: euro.format(item.costEuro), scheme: item.funding.scheme, net: euro.format(netCost(item)) });
  };
}

/** The `kind` argument of 'catalogue.kind' (ICU select keys cannot hold a hyphen: e-learning → eLearning). */
export function learningKindArgument(kind: LearningItem['kind']): string {
  return kind.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());
}
