import { Text } from '@fluentui/react-components';
import { useTrainingRight } from '../../data/career';
import { useI18n } from '../../i18n/I18nContext';

/**
 * The employee's Federale Leerrekening of this year beside their plan, as HR recorded it; nothing
 * while HR recorded none. Only rendered for Belgian organisations.
 */
export function TrainingRightLine({ employeeId }: { employeeId: string }) {
  const { t, locale } = useI18n();
  const year = new Date().getFullYear();
  const right = useTrainingRight(employeeId, year, true).data?.right;
  if (!right) return null;
  const number = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);
  return (
    <Text as="p" data-testid="pop-training-right">
      {t('trainingRight.line', { year: String(year), used: number(right.usedDays), right: number(right.rightDays), left: number(right.leftDays) })}
    </Text>
  );
}
