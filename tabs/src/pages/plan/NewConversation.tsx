import type { MeResponse } from '@koers/contracts';
import type { ConversationView, ProposedSlot } from '@koers/domain';
import { Button, Field, makeStyles, Select, Spinner, Text, tokens } from '@fluentui/react-components';
import { useId, useRef, useState } from 'react';
import { describeError } from '../../api/describeError';
import { ErrorState } from '../../components/ErrorState';
import { useBookConversation } from '../../data/booking';
import { useI18n } from '../../i18n/I18nContext';
import type { BookingIntent } from './bookingIntent';
import { bookRequest, intentFor } from './bookingIntent';
import { ProposalPicker } from './ProposalPicker';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  select: { maxWidth: '360px' },
});

interface NewConversationProps {
  me: MeResponse;
  onBooked: (view: ConversationView) => void;
}

/** Pick a report, pick one of the proposed moments, book it. */
export function NewConversation({ me, onBooked }: NewConversationProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const [employeeId, setEmployeeId] = useState('');
  const [slot, setSlot] = useState<ProposedSlot>();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>();
  const [missingSlot, setMissingSlot] = useState(false);
  const booking = useBookConversation();
  // Survives re-renders and failed attempts: the same choice is the same booking.
  const intent = useRef<BookingIntent>(undefined);
  const reports = [...me.reports].sort((a, b) => a.displayName.localeCompare(b.displayName));
  const employee = reports.find((r) => r.id === employeeId);

  const choose = (next: ProposedSlot | undefined) => {
    setSlot(next);
    if (next) setMissingSlot(false);
  };

  const book = async () => {
    if (!employee || pending) return;
    if (!slot) {
      setMissingSlot(true);
      return;
    }
    intent.current = intentFor(intent.current, employee.id, slot, () => crypto.randomUUID());
    setPending(true);
    setError(undefined);
    try {
      const view = await booking.mutateAsync(bookRequest(intent.current));
      intent.current = undefined;
      setEmployeeId('');
      setSlot(undefined);
      onBooked(view);
    } catch (failure) {
      // Taken meanwhile: the picker shows what is free now; the message stays so the user knows why.
      setError(failure);
    } finally {
      setPending(false);
    }
  };

  return (
    <section aria-labelledby={headingId} className={styles.section} data-testid="plan-new">
      <Text as="h2" id={headingId} size={500} weight="semibold" block className={styles.heading}>
        {t('plan.newTitle')}
      </Text>
      <Text as="p" block>
        {t('plan.newIntro')}
      </Text>
      <Field label={t('plan.employeeLabel')}>
        <Select
          className={styles.select}
          value={employeeId}
          onChange={(_event, data) => {
            setEmployeeId(data.value);
            setError(undefined);
            setMissingSlot(false);
          }}
          data-testid="report-select"
        >
          <option value="" disabled>
            {t('plan.employeePlaceholder')}
          </option>
          {reports.map((report) => (
            <option key={report.id} value={report.id}>
              {report.jobTitle ? `${report.displayName} (${report.jobTitle})` : report.displayName}
            </option>
          ))}
        </Select>
      </Field>
      {employee && (
        <>
          <ProposalPicker
            key={employee.id}
            me={me}
            employee={employee}
            label={t('plan.proposalsLabel', { name: employee.displayName })}
            selected={slot}
            onSelect={choose}
            validationMessage={missingSlot ? t('plan.pickFirst') : undefined}
          />
          {error !== undefined && <ErrorState message={describeError(error, language, t)} testId="book-error" />}
          <div>
            <Button
              appearance="primary"
              disabledFocusable={pending}
              icon={pending ? <Spinner size="tiny" /> : undefined}
              onClick={() => void book()}
              data-testid="book"
            >
              {pending ? t('plan.booking') : t('plan.book')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
