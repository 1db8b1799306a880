import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { describeError } from '../../api/describeError';
import { ErrorState } from '../../components/ErrorState';
import { useSetTrainingRight, useTrainingRight } from '../../data/career';
import { useI18n } from '../../i18n/I18nContext';
import { PersonSearchFields, usePersonSearch } from './PersonSearch';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  days: { width: '8rem' },
  select: { minWidth: '12rem' },
});

/** "1,5" and "1.5" are one and a half days; anything else is not a number of days. */
function days(text: string): number | undefined {
  const n = Number(text.trim().replace(',', '.'));
  return text.trim() === '' || !Number.isFinite(n) ? undefined : n;
}

/** Koers.HR of a Belgian organisation: a person's Federale Leerrekening of one calendar year. */
export function TrainingRightSection() {
  const { t, language } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const save = useSetTrainingRight();
  const person = usePersonSearch();
  const { picked } = person;
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [rightDays, setRightDays] = useState('');
  const [usedDays, setUsedDays] = useState('');
  const yearNumber = Number(year);
  const validYear = Number.isInteger(yearNumber) && yearNumber >= 2000 && yearNumber <= 2100;
  const current = useTrainingRight(picked, yearNumber, picked !== '' && validYear);
  const number = (n: number) => new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-BE', { maximumFractionDigits: 1 }).format(n);
  const right = current.data?.right;
  const line = right ? t('trainingRight.line', { year, used: number(right.usedDays), right: number(right.rightDays), left: number(right.leftDays) }) : undefined;
  const [r, u] = [days(rightDays), days(usedDays)];
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="training-rights">
      <Text as="h2" id={headingId} size={600} weight="semibold">
        {t('trainingRight.title')}
      </Text>
      <Text as="p">{t('trainingRight.intro')}</Text>
      <div className={styles.row}>
        <PersonSearchFields person={person} label={t('trainingRight.person')} testId="training-right" selectClassName={styles.select} />
        <Field label={t('trainingRight.year')}>
          <Input className={styles.days} inputMode="numeric" value={year} onChange={(_e, d) => setYear(d.value)} data-testid="training-right-year" />
        </Field>
        <Field label={t('trainingRight.rightDays')}>
          <Input className={styles.days} inputMode="decimal" value={rightDays} onChange={(_e, d) => setRightDays(d.value)} data-testid="training-right-days" />
        </Field>
        <Field label={t('trainingRight.usedDays')}>
          <Input className={styles.days} inputMode="decimal" value={usedDays} onChange={(_e, d) => setUsedDays(d.value)} data-testid="training-right-used" />
        </Field>
        <Button
          appearance="primary"
          disabledFocusable={picked === '' || !validYear || r === undefined || u === undefined || save.isPending}
          onClick={() => r !== undefined && u !== undefined && save.mutate({ personId: picked, year: yearNumber, input: { rightDays: r, usedDays: u } })}
          data-testid="training-right-save"
        >
          {t('trainingRight.save')}
        </Button>
      </div>
      {line && (
        <Text as="p" role="status" data-testid="training-right-line">
          {line}
        </Text>
      )}
      {save.isError && <ErrorState message={describeError(save.error, language, t)} />}
    </section>
  );
}
