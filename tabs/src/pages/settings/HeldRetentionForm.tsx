import { Button, Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { describeError } from '../../api/describeError';
import { useSetHeldConversationRetention } from '../../data/erasure';
import { useI18n } from '../../i18n/I18nContext';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
});

/** The periods HR picks from, in years; 0 = never (the default). A stored one outside this list is offered too. */
const CHOICES = [0, 1, 2, 3, 5, 7, 10];

/** *Bewaartermijn van gehouden gesprekken*: saved on its own, logged for the works council. */
export function HeldRetentionForm({ current }: { current: number | null }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const stored = current ?? 0;
  const [years, setYears] = useState(stored);
  const save = useSetHeldConversationRetention();
  const choices = [...new Set([...CHOICES, stored])].sort((a, b) => a - b);
  return (
    <div className={styles.row}>
      <Field label={t('heldRetention.label')} hint={t('heldRetention.hint')}>
        <Select value={String(years)} onChange={(_e, d) => setYears(Number(d.value))} data-testid="held-retention">
          {choices.map((n) => (
            <option key={n} value={String(n)}>
              {t('heldRetention.option', { years: n })}
            </option>
          ))}
        </Select>
      </Field>
      <Button appearance="secondary" disabled={save.isPending || years === stored} onClick={() => save.mutate(years === 0 ? null : years)} data-testid="held-retention-save">
        {t('heldRetention.save')}
      </Button>
      <div aria-live="polite">
        {save.isSuccess && <Text data-testid="held-retention-saved">{t('heldRetention.saved', { years: save.data.heldConversationRetentionYears ?? 0 })}</Text>}
        {save.isError && <Text>{`${t('heldRetention.failed')} ${describeError(save.error, language, t)}`}</Text>}
      </div>
    </div>
  );
}
