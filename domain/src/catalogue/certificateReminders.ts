import type { Person } from '../people';
import type { Reminder } from '../records';
import type { ReminderAbout } from '../reminders/goalSchema';
import { expiryWarningDays, type CertificateState } from './rules';

/** The reminder kind of a certificate's expiry warning (reminders/goalSchema.ts `certificate`). */
export const CERTIFICATE_EXPIRY_KIND = 'certificate-expiry';

export type CertificateAbout = Extract<ReminderAbout, { type: 'certificate' }>;

/**
 * Which warning is due `today` for a certificate valid until `expiresOn`: the one-month warning
 * from a month before, else the three-month one from three months before; none once it expired
 * (the portfolio flags that) or while it is further away. Someone who adds a certificate a few
 * weeks before it expires gets the one-month warning only, never the three-month one late.
 */
export function dueCertificateWarning(expiresOn: string, today: string): '3m' | '1m' | undefined {
  if (expiresOn < today) return undefined;
  const { threeMonths, oneMonth } = expiryWarningDays(expiresOn);
  if (oneMonth <= today) return '1m';
  if (threeMonths <= today) return '3m';
  return undefined;
}

/**
 * The expiry warnings of one person's required certificates due today, to them and to their
 * manager. The id names the certificate, its expiry date, the threshold and the recipient, so
 * each warning is written once (a renewed certificate has another expiry date and warns anew).
 */
export function certificateReminders(input: {
  employee: Pick<Person, 'id' | 'tenantId' | 'managerId'>;
  statuses: readonly { certificateId: string; state: CertificateState; expiresOn?: string | undefined }[];
  today: string;
  /** When it is due: its day bucket for life (the caller checks for one written on an earlier day). */
  dueAt: string;
}): Reminder[] {
  const { employee, today, dueAt } = input;
  const recipients = [employee.id, ...(employee.managerId ? [employee.managerId] : [])];
  return input.statuses.flatMap((status) => {
    if (!status.expiresOn) return [];
    const threshold = dueCertificateWarning(status.expiresOn, today);
    if (!threshold) return [];
    const about: CertificateAbout = { type: 'certificate', employeeId: employee.id, certificateId: status.certificateId, expiresOn: status.expiresOn, threshold };
    return recipients.map(
      (recipientId): Reminder => ({
        id: `cert|${employee.id}|${status.certificateId}|${status.expiresOn}|${threshold}|${recipientId}`,
        tenantId: employee.tenantId,
        recipientId,
        kind: CERTIFICATE_EXPIRY_KIND,
        subjectId: employee.id,
        dueAt,
        state: 'due',
        attempts: 0,
        about,
      }),
    );
  });
}

/** At send time: still due when the person's newest certificate still expires that day (not renewed) and has not expired. */
export function certificateReminderRelevance(about: CertificateAbout, current: { expiresOn?: string | undefined } | undefined, today: string): 'send' | 'skip' {
  if (!current?.expiresOn || current.expiresOn !== about.expiresOn || current.expiresOn < today) return 'skip';
  return 'send';
}
