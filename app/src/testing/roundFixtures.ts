import { BUILT_IN_TEMPLATE, Round } from '@koers/domain';

/** A started round for the whole organisation with Koers' own template: the progress board's usual subject in tests and benches. */
export function runningRound(fields: Pick<Round, 'id' | 'tenantId' | 'name' | 'period' | 'createdBy'> & Partial<Round>): Round {
  return Round.parse({
    audience: { kind: 'organisation' },
    conversationType: 'loopbaangesprek',
    template: BUILT_IN_TEMPLATE,
    employeesMayStart: true,
    status: 'gestart',
    createdAt: '2026-11-01T09:00:00.000Z',
    ...fields,
  });
}

/** A period of whole days around today, so bookings proposed two weeks ahead fall inside it. */
export function periodAroundToday(daysBefore: number, daysAfter: number, now = Date.now()): Round['period'] {
  const day = (offset: number) => new Date(now + offset * 86_400_000).toISOString().slice(0, 10);
  return { from: day(-daysBefore), to: day(daysAfter) };
}
