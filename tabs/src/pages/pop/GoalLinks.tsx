import type { Catalogue, GoalLearningItem, JobFunction } from '@koers/domain';
import { goalLearningItem, learningFor, learningLoad, MAX_GOAL_LEARNING } from '@koers/domain';
import { Button, Combobox, Field, makeStyles, Option, Text, tokens } from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { euros, learningDetails } from './learningText';
import type { GoalDraft } from './popForm';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    margin: 0,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  legend: { padding: `0 ${tokens.spacingHorizontalXS}` },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(14rem, 100%), 1fr))', gap: tokens.spacingHorizontalM, '& > *': { minWidth: 0 } },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  itemText: { display: 'flex', flexDirection: 'column', minWidth: 0, flexGrow: 1, flexBasis: '14rem' },
  required: { color: tokens.colorPaletteGreenForeground1 },
});

interface GoalLinksProps {
  goal: GoalDraft;
  catalogue: Catalogue;
  /** The employee's own function: training for its mandatory certificates is free for them. */
  employeeFunction: JobFunction | undefined;
  onChange: (goal: GoalDraft) => void;
}

/**
 * The goal's target function and learning offer, picked from the organisation's catalogue with
 * two labelled comboboxes (type to filter, arrows and Enter to choose). The offer for the target
 * function comes first. What is linked is listed with what it asks: hours, cost after the fund,
 * and whether the job requires it (then it is free and in working time).
 */
export function GoalLinks({ goal, catalogue, employeeFunction, onChange }: GoalLinksProps) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const legendId = useId();
  const [functionQuery, setFunctionQuery] = useState<string>();
  const [learningQuery, setLearningQuery] = useState('');
  const linked = goal.learning ?? [];
  const linkedIds = linked.map((i) => i.id);

  const functions = useMemo(() => [...catalogue.functions].sort((a, b) => a.name.localeCompare(b.name, locale)), [catalogue.functions, locale]);
  const offer = useMemo(() => {
    const forTarget = goal.targetFunctionId ? learningFor(catalogue, { functionId: goal.targetFunctionId }) : [];
    const first = new Set(forTarget.map((i) => i.id));
    return [...forTarget, ...[...catalogue.learning].filter((i) => !first.has(i.id)).sort((a, b) => a.title.localeCompare(b.title, locale))];
  }, [catalogue, goal.targetFunctionId, locale]);

  const targetName = goal.targetFunctionName ?? functions.find((f) => f.id === goal.targetFunctionId)?.name ?? '';
  const matches = (text: string, query: string) => text.toLocaleLowerCase(locale).includes(query.trim().toLocaleLowerCase(locale));
  const shownFunctions = functionQuery === undefined ? functions : functions.filter((f) => matches(f.name, functionQuery));
  const shownOffer = offer.filter((i) => linkedIds.includes(i.id) || matches(`${i.title} ${i.provider}`, learningQuery));

  const setLearning = (items: GoalLearningItem[]) => onChange({ ...goal, learning: items.length > 0 ? items : undefined });
  const selectLearning = (ids: readonly string[]) => {
    const kept = linked.filter((i) => ids.includes(i.id));
    const added = ids
      .filter((id) => !linkedIds.includes(id))
      .flatMap((id) => {
        const item = catalogue.learning.find((i) => i.id === id);
        return item ? [goalLearningItem(item, employeeFunction)] : [];
      });
    setLearning([...kept, ...added].slice(0, MAX_GOAL_LEARNING));
  };
  const load = learningLoad({ learning: linked, middelen: { budgetEuro: Number(goal.budgetEuro.replace(',', '.')) || 0, note: '' } });

  return (
    <fieldset className={styles.root} aria-labelledby={legendId} data-testid="goal-links">
      <legend className={styles.legend} id={legendId}>
        <Text weight="semibold">{t('goalLinks.title')}</Text>
      </legend>
      <Text size={200}>{t('goalLinks.intro')}</Text>
      <div className={styles.grid}>
        <Field label={t('goalLinks.function')}>
          <Combobox
            clearable
            placeholder={t('goalLinks.functionPlaceholder')}
            value={functionQuery ?? targetName}
            selectedOptions={goal.targetFunctionId ? [goal.targetFunctionId] : []}
            onInput={(e) => setFunctionQuery((e.target as HTMLInputElement).value)}
            onOpenChange={(_e, d) => {
              if (!d.open) setFunctionQuery(undefined);
            }}
            onOptionSelect={(_e, d) => {
              setFunctionQuery(undefined);
              const fn = functions.find((f) => f.id === d.optionValue);
              const { targetFunctionId: _id, targetFunctionName: _name, ...rest } = goal;
              onChange(fn ? { ...rest, targetFunctionId: fn.id, targetFunctionName: fn.name } : rest);
            }}
            data-testid="goal-target-function"
          >
            {shownFunctions.map((fn) => (
              <Option key={fn.id} value={fn.id}>
                {fn.name}
              </Option>
            ))}
            {shownFunctions.length === 0 && (
              <Option value="" disabled>
                {t('goalLinks.noMatch')}
              </Option>
            )}
          </Combobox>
        </Field>
        <Field label={t('goalLinks.learning')} hint={t('goalLinks.learningHint', { max: MAX_GOAL_LEARNING })}>
          <Combobox
            multiselect
            placeholder={t('goalLinks.learningPlaceholder')}
            value={learningQuery}
            selectedOptions={linkedIds}
            onInput={(e) => setLearningQuery((e.target as HTMLInputElement).value)}
            onOpenChange={(_e, d) => {
              if (!d.open) setLearningQuery('');
            }}
            onOptionSelect={(_e, d) => selectLearning(d.selectedOptions)}
            data-testid="goal-learning"
          >
            {shownOffer.map((item) => (
              <Option key={item.id} value={item.id} text={item.title} disabled={!linkedIds.includes(item.id) && linked.length >= MAX_GOAL_LEARNING}>
                {item.provider ? `${item.title} — ${item.provider}` : item.title}
              </Option>
            ))}
            {shownOffer.length === 0 && (
              <Option value="" disabled>
                {t('goalLinks.noMatch')}
              </Option>
            )}
          </Combobox>
        </Field>
      </div>
      {linked.length > 0 && (
        <>
          <Text weight="semibold">{t('goalLinks.linked')}</Text>
          <ul className={styles.list}>
            {linked.map((item) => (
              <li key={item.id} className={styles.item} data-testid="goal-linked-learning">
                <span className={styles.itemText}>
                  <Text weight="semibold">{item.title}</Text>
                  <Text size={200}>{learningDetails(t, locale, item)}</Text>
                  {item.requiredForJob && (
                    <Text size={200} className={styles.required}>
                      {t('goalLinks.requiredForJob')}
                    </Text>
                  )}
                </span>
                <Button appearance="subtle" aria-label={t('goalLinks.remove', { title: item.title })} onClick={() => setLearning(linked.filter((i) => i.id !== item.id))}>
                  {t('goalLinks.unlink')}
                </Button>
              </li>
            ))}
          </ul>
          <Text size={200} data-testid="goal-employee-cost">
            {t('goalLinks.employeeCost')}: {t('goalLinks.employeeCostValue', { amount: euros(locale, load.employeeCostEuro), budget: goal.budgetEuro.trim() === '' ? 'none' : 'set' })}
          </Text>
        </>
      )}
    </fieldset>
  );
}
