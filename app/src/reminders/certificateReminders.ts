import {
  certificateReminderRelevance,
  certificateReminders,
  createIfAbsent,
  formatDate,
  heldCertificates,
  learningFor,
  localDate,
  mandatoryCertificates,
  readAll,
  type CertificateAbout,
  type Clock,
  type Person,
  type Reminder,
  type Stores,
} from '@koers/domain';
import { functionResolver } from '../catalogue/careerService';

/** Every person of an organisation is looked at; the directory is read in full (as the digests do). */
const WHOLE_TENANT = 1_000_000;

/**
 * Writes the expiry warnings of required certificates into the one due index (three months and
 * one month before), for the employee and their manager; the dispatcher sends them in the
 * recipient's daily bundle. Called by the daily timer; ids are stable, so a second run writes
 * nothing new.
 */
export async function scheduleCertificateReminders(stores: Stores, options: { clock: Clock }): Promise<Reminder[]> {
  const now = options.clock.now();
  // The due index is partitioned by day: the same warning written on another day lands in another
  // bucket, so "once per threshold" is checked against everything the recipient was ever sent.
  const writtenBefore = async (reminder: Reminder) => {
    const earlier = await readAll((page) => stores.reminders.listForRecipient(reminder.tenantId, reminder.recipientId, page), WHOLE_TENANT);
    return earlier.some((r) => r.id === reminder.id);
  };
  const written: Reminder[] = [];
  for (const tenantId of await stores.organisations.listTenantIds()) {
    const { catalogue, resolve } = await functionResolver(stores, tenantId);
    if (!catalogue.functions.some((f) => f.mandatoryCertificateIds.length > 0)) continue;
    const org = (await stores.organisations.get(tenantId))?.value;
    const people = await readAll((page) => stores.people.listTenant(tenantId, page), WHOLE_TENANT);
    for (const person of people) {
      if (person.leftAt) continue;
      const fn = resolve(person).function;
      if (!fn || fn.mandatoryCertificateIds.length === 0) continue;
      const today = formatDate(localDate(now, org?.timeZone ?? person.timeZone));
      const entries = await stores.portfolio.listForEmployee(tenantId, person.id);
      const statuses = mandatoryCertificates(catalogue, fn, heldCertificates(entries.map((e) => e.value)), today).map((s) => ({ certificateId: s.certificate.id, state: s.state, expiresOn: s.expiresOn }));
      // Due from the timer's run on; a warning reached on an earlier day was written then, in that day's bucket.
      const due = certificateReminders({ employee: person, statuses, today, dueAt: now.toISOString() });
      for (const reminder of due) {
        if (await writtenBefore(reminder)) continue;
        if (await createIfAbsent(() => stores.reminders.create(reminder))) written.push(reminder);
      }
    }
  }
  return written;
}

/** What an expiry warning says, read when it is sent; undefined when it no longer applies (renewed, expired, other function). */
export interface CertificateReminderFacts {
  employee: Person;
  certificateName: string;
  expiresOn: string;
  course?: { title: string; provider: string };
}

export async function certificateReminderFacts(stores: Stores, tenantId: string, about: CertificateAbout, now: Date): Promise<CertificateReminderFacts | undefined> {
  const employee = (await stores.people.get(tenantId, about.employeeId))?.value;
  if (!employee || employee.leftAt) return undefined;
  const { catalogue, resolve } = await functionResolver(stores, tenantId);
  const fn = resolve(employee).function;
  if (!fn) return undefined;
  const org = (await stores.organisations.get(tenantId))?.value;
  const today = formatDate(localDate(now, org?.timeZone ?? employee.timeZone));
  const entries = await stores.portfolio.listForEmployee(tenantId, employee.id);
  const status = mandatoryCertificates(catalogue, fn, heldCertificates(entries.map((e) => e.value)), today).find((s) => s.certificate.id === about.certificateId);
  if (!status || certificateReminderRelevance(about, status, today) === 'skip') return undefined;
  const course = learningFor(catalogue, { certificateId: about.certificateId })[0];
  return { employee, certificateName: status.certificate.name, expiresOn: about.expiresOn, ...(course ? { course: { title: course.title, provider: course.provider } } : {}) };
}
