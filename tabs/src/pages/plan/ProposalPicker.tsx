import type { MeResponse } from '@koers/contracts';
import type { PersonSummary, ProposedSlot } from '@koers/domain';
import { Button, Field, makeStyles, MessageBar, MessageBarBody, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import { useEffect, useEffectEvent, useState } from 'react';
import { describeError } from '../../api/describeError';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { slotLabel } from '../../format/when';
import { useProposals } from '../../data/booking';
import { shown } from '../../data/shown';
import { useI18n } from '../../i18n/I18nContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

interface ProposalPickerProps {
  me: MeResponse;
  employee: PersonSummary;
  label: string;
  selected: ProposedSlot | undefined;
  onSelect: (slot: ProposedSlot | undefined) => void;
  /** Shown under the choices, e.g. "Kies eerst een moment." */
  validationMessage?: string;
}

/**
 * Free moments in both calendars (give it `key={employee.id}` so another person starts afresh),
 * "andere tijden" for later ones, as one radio group. They are read again when a booking was
 * refused because the time was taken meanwhile.
 */
export function ProposalPicker({ me, employee, label, selected, onSelect, validationMessage }: ProposalPickerProps) {
  const { t, locale, language } = useI18n();
  const styles = useStyles();
  const [after, setAfter] = useState<string>();
  const query = useProposals(employee.id, after);
  const proposals = shown(query);

  // New proposals: an earlier choice may not be among them any more.
  const forgetChoice = useEffectEvent(() => onSelect(undefined));
  useEffect(() => forgetChoice(), [employee.id, after, query.dataUpdatedAt]);

  if (proposals.status === 'loading') return <LoadingState label={t('plan.proposalsLoading')} testId="proposals-loading" />;
  if (proposals.status === 'error') {
    return <ErrorState message={describeError(proposals.error, language, t)} onRetry={proposals.retry} testId="proposals-error" />;
  }
  // With or without `noSlotReason`, an empty answer means nothing is free in the searched weeks.
  const { slots, widened, unreadableCalendars, next } = proposals.data;
  const nameOf = (id: string) => (id === employee.id ? employee.displayName : id === me.me.id ? me.me.displayName : id);

  return (
    <div className={styles.root} data-testid="proposals">
      {unreadableCalendars.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="proposals-unreadable">
          <MessageBarBody>{t('plan.unreadable', { names: unreadableCalendars.map(nameOf).join(', ') })}</MessageBarBody>
        </MessageBar>
      )}
      {widened && slots.length > 0 && (
        <MessageBar intent="info" layout="multiline" data-testid="proposals-widened">
          <MessageBarBody>{t('plan.widened')}</MessageBarBody>
        </MessageBar>
      )}
      {slots.length === 0 ? (
        <EmptyState level="h3" title={t('plan.noSlotTitle')} testId="proposals-empty">
          {t('plan.noSlotBody')}
        </EmptyState>
      ) : (
        <Field label={label} validationMessage={validationMessage} validationState={validationMessage ? 'error' : 'none'}>
          <RadioGroup
            value={selected?.start ?? ''}
            onChange={(_event, data) => onSelect(slots.find((slot) => slot.start === data.value))}
            data-testid="slot-choices"
          >
            {slots.map((slot) => (
              <Radio
                key={slot.start}
                value={slot.start}
                data-testid="slot"
                label={[slotLabel(slot, locale), ...slot.penalties.map((p) => t(`plan.penalty.${p}`))].join(' · ')}
              />
            ))}
          </RadioGroup>
        </Field>
      )}
      <div className={styles.actions}>
        <Button appearance="secondary" onClick={() => setAfter(next)} data-testid="other-times">
          {t('plan.otherTimes')}
        </Button>
        {after && (
          <Button appearance="subtle" onClick={() => setAfter(undefined)} data-testid="first-times">
            {t('plan.firstTimes')}
          </Button>
        )}
      </div>
    </div>
  );
}
