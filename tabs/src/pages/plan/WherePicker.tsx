import { Field, Input, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import { useI18n } from '../../i18n/I18nContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  location: { maxWidth: '480px' },
});

/** Where they meet: online (a Teams meeting) or in person at a place that goes into the invitation. */
export interface Where {
  inPerson: boolean;
  location: string;
}

export function WherePicker({ value, onChange, missingLocation }: { value: Where; onChange: (next: Where) => void; missingLocation: boolean }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Field label={t('plan.where')}>
        <RadioGroup
          value={value.inPerson ? 'in-person' : 'online'}
          onChange={(_e, data) => onChange({ ...value, inPerson: data.value === 'in-person' })}
          data-testid="where"
        >
          <Radio value="online" label={t('plan.where.online')} data-testid="where-online" />
          <Radio value="in-person" label={t('plan.where.inPerson')} data-testid="where-in-person" />
        </RadioGroup>
      </Field>
      {value.inPerson && (
        <Field
          className={styles.location}
          label={t('plan.where.location')}
          hint={t('plan.where.locationHint')}
          required
          validationMessage={missingLocation ? t('plan.where.locationMissing') : undefined}
          validationState={missingLocation ? 'error' : 'none'}
        >
          <Input value={value.location} maxLength={255} onChange={(_e, data) => onChange({ ...value, location: data.value })} data-testid="location" />
        </Field>
      )}
    </div>
  );
}
