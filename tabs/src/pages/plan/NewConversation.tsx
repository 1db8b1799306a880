import type { MeResponse } from '@koers/contracts';
import type { ConversationView, ProposedSlot } from '@koers/domain';
import { Button, Field, makeStyles, Radio, RadioGroup, Select, Spinner, Text, tokens } from '@fluentui/react-components';
import { useId, useRef, useState } from 'react';
import { describeError } from '../../api/describeError';
import { ErrorState } from '../../components/ErrorState';
import { useBookConversation } from '../../data/booking';
import { useI18n } from '../../i18n/I18nContext';
import type { BookingIntent } from './bookingIntent';
import { bookRequest, intentFor } from './bookingIntent';
import { OwnTimePicker, type OwnTime } from './OwnTimePicker';
import { ProposalPicker } from './ProposalPicker';
import { WherePicker, type Where } from './WherePicker';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  select: { maxWidth: '360px' },
});

interface NewConversationProps {
  me: MeResponse;
  onBooked: (view: ConversationView) => void;
  /** The report to start with (the planner link on the manager's chat card names one). */
  initialEmployeeId?: string;
}

const ONLINE: Where = { inPerson: false, location: '' };

/** Pick a report, pick one of the proposed moments, book it. */
export function NewConversation({ me, onBooked, initialEmployeeId }: NewConversationProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const [employeeId, setEmployeeId] = useState(() => (me.reports.some((r) => r.id === initialEmployeeId) ? (initialEmployeeId ?? '') : ''));
  const [slot, setSlot] = useState<ProposedSlot>();
  const [whenMode, setWhenMode] = useState<'proposal' | 'own'>('proposal');
  const [ownTime, setOwnTime] = useState<OwnTime>();
  const [where, setWhere] = useState<Where>(ONLINE);
  const [missingLocation, setMissingLocation] = useState(false);
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
    const chosen = whenMode === 'own' ? ownTime : slot;
    const location = where.inPerson ? where.location.trim() : '';
    setMissingLocation(where.inPerson && !location);
    if (!chosen) setMissingSlot(true);
    if (!chosen || (where.inPerson && !location)) return;
    const shortNotice = whenMode === 'own' && ownTime?.shortNotice === true;
    intent.current = intentFor(intent.current, employee.id, chosen, () => crypto.randomUUID(), { ...(location ? { location } : {}), shortNotice });
    setPending(true);
    setError(undefined);
    try {
      const view = await booking.mutateAsync(bookRequest(intent.current));
      intent.current = undefined;
      setEmployeeId('');
      setSlot(undefined);
      setOwnTime(undefined);
      setWhenMode('proposal');
      setWhere(ONLINE);
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
          <Field label={t('plan.whenLabel')}>
            <RadioGroup
              layout="horizontal"
              value={whenMode}
              onChange={(_event, data) => {
                setWhenMode(data.value === 'own' ? 'own' : 'proposal');
                setMissingSlot(false);
                setError(undefined);
              }}
              data-testid="when-mode"
            >
              <Radio value="proposal" label={t('plan.when.proposal')} data-testid="when-proposal" />
              <Radio value="own" label={t('plan.when.own')} data-testid="when-own" />
            </RadioGroup>
          </Field>
          {whenMode === 'proposal' ? (
            <ProposalPicker
              key={employee.id}
              me={me}
              employee={employee}
              label={t('plan.proposalsLabel', { name: employee.displayName })}
              selected={slot}
              onSelect={choose}
              validationMessage={missingSlot ? t('plan.pickFirst') : undefined}
            />
          ) : (
            <OwnTimePicker
              key={employee.id}
              me={me}
              employee={employee}
              onChange={(next) => {
                setOwnTime(next);
                if (next) setMissingSlot(false);
              }}
              missing={missingSlot}
            />
          )}
          <WherePicker
            value={where}
            onChange={(next) => {
              setWhere(next);
              if (next.location.trim()) setMissingLocation(false);
            }}
            missingLocation={missingLocation}
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
