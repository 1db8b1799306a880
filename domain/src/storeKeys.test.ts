import { dueKey, emailKey, reminderReadyAt, sortName, utcDay, utcInstant } from './storeKeys';

/** Stores compare strings by code unit; this is the order a list of people comes back in. */
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('the e-mail lookup key', () => {
  it('finds a person whatever the case or stray spaces of the address they are looked up by', () => {
    expect(emailKey('  Sanne.Visser@Contoso.NL ')).toBe(emailKey('sanne.visser@contoso.nl'));
  });

  it('keeps different addresses apart', () => {
    expect(emailKey('sanne.visser@contoso.nl')).not.toBe(emailKey('sanne.visser@contoso.be'));
  });
});

describe('the name order of people', () => {
  const names = ['Visser', 'Zoë', 'Émile', 'de Wit', 'Anouk'];

  it('lists people alphabetically regardless of accents and lower-case prefixes', () => {
    const sorted = [...names].sort((a, b) => byCodeUnit(sortName(a), sortName(b)));
    expect(sorted).toEqual(['Anouk', 'de Wit', 'Émile', 'Visser', 'Zoë']);
  });

  it('differs from plain code-unit order, which would put "de Wit" and "Émile" after "Zoë"', () => {
    expect([...names].sort(byCodeUnit)).toEqual(['Anouk', 'Visser', 'Zoë', 'de Wit', 'Émile']);
  });

  it('ignores spaces around a display name', () => {
    expect(sortName('  Émile Peeters ')).toBe(sortName('emile peeters'));
  });
});

describe('stored instants', () => {
  it('are one UTC form, so an offset time and a UTC time sort by when they happen', () => {
    const amsterdam = utcInstant('2025-01-15T10:00:00+01:00');
    const utc = utcInstant('2025-01-15T09:30:00Z');
    expect(amsterdam).toBe('2025-01-15T09:00:00.000Z');
    expect(amsterdam < utc).toBe(true);
  });

  it('order the repeated hour of the autumn clock change by time, not by its wall-clock text', () => {
    const firstPass = utcInstant('2025-10-26T02:30:00+02:00');
    const secondPass = utcInstant('2025-10-26T02:30:00+01:00');
    expect(firstPass < secondPass).toBe(true);
  });

  it('refuse text that is not a date-time', () => {
    expect(() => utcInstant('volgende week')).toThrow(RangeError);
  });
});

describe('the due day bucket of a reminder', () => {
  it('is the UTC day: an early-morning Amsterdam reminder is in the previous day, further back in summer', () => {
    expect(utcDay('2025-12-15T00:30:00+01:00')).toBe('2025-12-14');
    expect(utcDay('2025-12-15T01:30:00+01:00')).toBe('2025-12-15');
    expect(utcDay('2025-06-15T01:30:00+02:00')).toBe('2025-06-14');
    expect(utcDay('2025-06-15T02:30:00+02:00')).toBe('2025-06-15');
  });

  it('moves with the clock on the nights the clocks change', () => {
    // 30 March 2025: 02:00 CET becomes 03:00 CEST; 26 October 2025: 03:00 CEST becomes 02:00 CET.
    expect(utcDay('2025-03-30T00:30:00+01:00')).toBe('2025-03-29');
    expect(utcDay('2025-03-30T03:30:00+02:00')).toBe('2025-03-30');
    expect(utcDay('2025-10-26T01:30:00+02:00')).toBe('2025-10-25');
    expect(utcDay('2025-10-26T02:30:00+01:00')).toBe('2025-10-26');
  });

  it('is one partition per tenant and day, and refuses anything but a yyyy-mm-dd day', () => {
    expect(dueKey('tenant-a', '2025-06-14')).not.toBe(dueKey('tenant-b', '2025-06-14'));
    expect(dueKey('tenant-a', '2025-06-14')).not.toBe(dueKey('tenant-a', '2025-06-15'));
    expect(() => dueKey('tenant-a', '2025-06-14T23:30:00Z')).toThrow(RangeError);
  });
});

describe('when a reminder is ready to send', () => {
  const dueAt = '2025-06-16T09:00:00+02:00';

  it('is its due time while it waits', () => {
    expect(reminderReadyAt({ state: 'due', dueAt })).toBe('2025-06-16T07:00:00.000Z');
  });

  it('is the retry time after a failed attempt', () => {
    expect(reminderReadyAt({ state: 'failed', dueAt, notBefore: '2025-06-16T09:15:00+02:00' })).toBe('2025-06-16T07:15:00.000Z');
  });

  it('is when the claim of the run sending it expires, so a crashed run does not lose it', () => {
    const claim = { runId: 'run-1', until: '2025-06-16T09:05:00+02:00' };
    expect(reminderReadyAt({ state: 'sending', dueAt, claim })).toBe('2025-06-16T07:05:00.000Z');
  });
});
