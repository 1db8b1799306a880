import { CERTIFICATE_EXPIRY_KIND, dueCertificateWarning, type CertificateAbout } from '@koers/domain';
import { HENDRIKS_TENANT_ID, SAMPLE_PEOPLE, sampleActor } from '../sample/sampleOrg';
import { seedSampleData } from '../sample/seed';
import { createPortfolioService } from '../portfolio/portfolioService';
import { createMemoryStores } from '../testing/memoryStores';
import { certificateReminderFacts, scheduleCertificateReminders } from './certificateReminders';

const { sanne, linda } = SAMPLE_PEOPLE;

/** Sanne's F-gassen certificate (five years) obtained 20 March 2022: valid until 20 March 2027. */
async function withFGassen() {
  const stores = createMemoryStores();
  const seededAt = new Date('2026-11-01T08:00:00Z');
  await seedSampleData(stores, seededAt);
  const portfolio = createPortfolioService({ stores, clock: { now: () => seededAt } });
  await portfolio.create(sampleActor(sanne), { kind: 'certificaat', title: 'F-gassen', period: { from: '2022-03-20' }, issuer: 'SOG', visibility: 'prive', requestId: crypto.randomUUID() });
  const at = (iso: string) => scheduleCertificateReminders(stores, { clock: { now: () => new Date(iso) } });
  return { stores, portfolio, at };
}

describe('expiry warnings of required certificates', () => {
  it('warns Sanne and her manager Linda three months and one month before, each once', async () => {
    const { at } = await withFGassen();
    await expect(at('2026-12-19T02:15:00Z')).resolves.toEqual([]);

    const threeMonths = await at('2026-12-20T02:15:00Z');
    expect(threeMonths.map((r) => [r.kind, r.recipientId, r.about?.type === 'certificate' && r.about.threshold])).toEqual([
      [CERTIFICATE_EXPIRY_KIND, sanne.id, '3m'],
      [CERTIFICATE_EXPIRY_KIND, linda.id, '3m'],
    ]);
    await expect(at('2026-12-21T02:15:00Z')).resolves.toEqual([]);

    const oneMonth = await at('2027-02-20T02:15:00Z');
    expect(oneMonth.map((r) => [r.recipientId, r.about?.type === 'certificate' && r.about.threshold])).toEqual([
      [sanne.id, '1m'],
      [linda.id, '1m'],
    ]);
    await expect(at('2027-03-01T02:15:00Z')).resolves.toEqual([]);
  });

  it('says at send time which course renews it, and nothing once Sanne renewed it', async () => {
    const { stores, portfolio, at } = await withFGassen();
    const [warning] = await at('2026-12-20T02:15:00Z');
    const about = warning?.about as CertificateAbout;
    const facts = await certificateReminderFacts(stores, HENDRIKS_TENANT_ID, about, new Date('2026-12-21T08:00:00Z'));
    expect(facts).toMatchObject({ certificateName: 'F-gassen', expiresOn: '2027-03-20', course: { title: 'F-gassen categorie 1 (herexamen)' } });

    await portfolio.create(sampleActor(sanne), { kind: 'certificaat', title: 'F-gassen', period: { from: '2027-01-10' }, issuer: 'SOG', visibility: 'prive', requestId: crypto.randomUUID() });
    await expect(certificateReminderFacts(stores, HENDRIKS_TENANT_ID, about, new Date('2027-01-11T08:00:00Z'))).resolves.toBeUndefined();
  });
});

describe('which warning is due', () => {
  it('is the one-month warning only for a certificate added a few weeks before it expires, and none once expired', () => {
    expect(dueCertificateWarning('2027-03-20', '2026-12-19')).toBeUndefined();
    expect(dueCertificateWarning('2027-03-20', '2026-12-20')).toBe('3m');
    expect(dueCertificateWarning('2027-03-20', '2027-03-01')).toBe('1m');
    expect(dueCertificateWarning('2027-03-20', '2027-03-21')).toBeUndefined();
    // Month ends clamp: valid until 31 May warns on 28 (or 29) February and on 30 April.
    expect(dueCertificateWarning('2027-05-31', '2027-02-28')).toBe('3m');
    expect(dueCertificateWarning('2027-05-31', '2027-04-30')).toBe('1m');
  });
});
