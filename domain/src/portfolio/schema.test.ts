import { EntryContent, HttpsUrl, MAX_DESCRIPTION, MAX_TITLE, Period, type EntryContentInput } from './schema';

const training: EntryContentInput = {
  kind: 'opleiding',
  title: 'Cursus werkvoorbereiding installatietechniek',
  period: { from: '2026-03-02', to: '2026-06-15' },
  organisation: 'Installatie Academie',
};

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('a portfolio entry', () => {
  it('accepts a training with a period, where and no link, and fills in what is left out', () => {
    const parsed = EntryContent.parse(training);
    expect(parsed).toMatchObject({ kind: 'opleiding', description: '', organisation: 'Installatie Academie' });
    expect(parsed.link).toBeUndefined();
  });

  it('needs a title, and keeps it within bounds', () => {
    expect(messages(EntryContent.safeParse({ ...training, title: '   ' }))).toEqual(['title: geef een titel']);
    expect(EntryContent.safeParse({ ...training, title: 'x'.repeat(MAX_TITLE + 1) }).success).toBe(false);
    expect(EntryContent.safeParse({ ...training, description: 'x'.repeat(MAX_DESCRIPTION + 1) }).success).toBe(false);
  });

  it('may be ongoing (no end), but never ends before it starts or on a day that does not exist', () => {
    expect(Period.safeParse({ from: '2025-09-01' }).success).toBe(true);
    expect(messages(Period.safeParse({ from: '2026-05-01', to: '2026-04-30' }))).toEqual(['to: het einde ligt voor het begin']);
    expect(Period.safeParse({ from: '2026-02-30' }).success).toBe(false);
    expect(Period.safeParse({ from: '1-2-2026' }).success).toBe(false);
  });

  it('asks a certificate who issued it; its expiry date is optional but not before it was obtained', () => {
    const cert = { kind: 'certificaat', title: 'VCA-VOL', period: { from: '2025-01-10' } } as const;
    expect(messages(EntryContent.safeParse(cert))).toEqual(['issuer: wie heeft het certificaat uitgereikt?']);
    expect(EntryContent.safeParse({ ...cert, issuer: 'SSVV' }).success).toBe(true);
    expect(EntryContent.safeParse({ ...cert, issuer: 'SSVV', expiresOn: '2035-01-10' }).success).toBe(true);
    expect(messages(EntryContent.safeParse({ ...cert, issuer: 'SSVV', expiresOn: '2024-12-31' }))).toEqual([
      'expiresOn: de vervaldatum ligt voor de datum van behalen',
    ]);
  });

  it('keeps a certificate and a reflection to one day: no end date', () => {
    expect(messages(EntryContent.safeParse({ kind: 'reflectie', title: 'Terugblik', period: { from: '2026-11-20', to: '2026-11-21' } }))).toEqual([
      'period.to: alleen bij werkervaring, opleiding of project',
    ]);
    expect(EntryContent.safeParse({ kind: 'reflectie', title: 'Terugblik', period: { from: '2026-11-20' } }).success).toBe(true);
  });

  it('refuses an issuer or expiry date on anything but a certificate', () => {
    expect(messages(EntryContent.safeParse({ ...training, issuer: 'ISSO', expiresOn: '2030-01-01' }))).toEqual([
      'issuer: alleen bij een certificaat',
      'expiresOn: alleen bij een certificaat',
    ]);
  });

  it('takes only https links to a real host, without a password in them', () => {
    expect(HttpsUrl.safeParse('https://www.isso.nl/publicaties').success).toBe(true);
    for (const bad of ['http://www.isso.nl', 'javascript:alert(1)', 'www.isso.nl', 'https://user:pw@isso.nl', 'data:text/html,hi', 'https://', `https://a.nl/${'x'.repeat(2000)}`]) {
      expect({ bad, ok: HttpsUrl.safeParse(bad).success }).toEqual({ bad, ok: false });
    }
    expect(messages(EntryContent.safeParse({ ...training, link: 'ftp://isso.nl' }))).toEqual(['link: een link die begint met https://']);
  });
});
