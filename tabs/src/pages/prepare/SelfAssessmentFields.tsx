import { Field, makeStyles, Select, Switch, Text, tokens } from '@fluentui/react-components';
import { useI18n } from '../../i18n/I18nContext';
import type { SelfDraft } from './selfAssessmentForm';
import { useFieldsetStyles } from './fieldsetStyles';

const useStyles = makeStyles({
  grid: { display: 'grid', gap: tokens.spacingVerticalM, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 16rem), 1fr))' },
});

interface SelfAssessmentFieldsProps {
  competences: readonly { id: string; name: string; description: string }[];
  draft: SelfDraft;
  onChange: (draft: SelfDraft) => void;
}

/** "Hoe sta je ervoor?": the employee rates the competences their function and its paths ask. */
export function SelfAssessmentFields({ competences, draft, onChange }: SelfAssessmentFieldsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const fieldset = useFieldsetStyles();
  return (
    <fieldset className={fieldset.group} data-testid="self-assessment">
      <legend className={fieldset.legend}>
        <Text weight="semibold">{t('career.selfTitle')}</Text>
      </legend>
      <Text as="p" block>
        {t('career.selfHint')}
      </Text>
      <div className={styles.grid}>
        {competences.map((competence) => (
          <Field key={competence.id} label={competence.name} hint={competence.description || undefined}>
            <Select
              value={String(draft.levels[competence.id] ?? 0)}
              onChange={(_event, data) => onChange({ ...draft, levels: { ...draft.levels, [competence.id]: Number(data.value) } })}
              data-testid="self-level"
              data-competence-id={competence.id}
            >
              {[0, 1, 2, 3, 4].map((level) => (
                <option key={level} value={level}>
                  {t('career.selfLevel', { level: `l${level}` })}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </div>
      <Switch checked={draft.shared} onChange={(_event, data) => onChange({ ...draft, shared: data.checked })} label={t('career.selfShare')} data-testid="self-share" />
    </fieldset>
  );
}
