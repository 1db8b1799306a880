import type { Conversation } from '../conversation';
import { EMPLOYEE, MANAGER, smartGoalNl, TENANT } from '../pop/testKit';
import { approvePop, createPop, currentVersion, recordProgress } from '../pop/versions';
import type { Pop } from '../records';
import { Reminder } from '../records';
import { NOTICE_KIND, type Notice } from './notice';
import { approvalNotices, NOTICE_GRACE_MS, noticeId, noticeRecord, noticeVerdict } from './notices';

const T0 = '2026-12-01T10:00:00.000Z';
const NOW = new Date('2026-12-01T10:00:30.000Z');

const conversation: Conversation = {
  id: 'conv-1',
  tenantId: TENANT,
  employeeId: EMPLOYEE,
  managerId: MANAGER,
  kind: 'loopbaangesprek',
  status: 'gepland',
  start: '2026-12-15T09:00:00.000Z',
  end: '2026-12-15T10:00:00.000Z',
  bookingRevision: 1,
  createdAt: T0,
  updatedAt: T0,
};

const booked = { event: 'booked', conversationId: 'conv-1', employeeId: EMPLOYEE, revision: 1, at: T0 } as const satisfies Notice;

function plan(): Pop {
  return createPop({ id: 'pop-1', tenantId: TENANT, employeeId: EMPLOYEE, managerId: MANAGER }, [smartGoalNl], EMPLOYEE, T0);
}

function approve(pop: Pop, by: string): Pop {
  const { number, contentHash } = currentVersion(pop);
  return approvePop(pop, { version: number, contentHash, by, now: T0 });
}

const justNow = { createdAt: '2026-12-01T10:00:00.000Z', now: NOW };
const longAgo = { createdAt: '2026-12-01T09:00:00.000Z', now: NOW };

describe('a notice in the outbox', () => {
  it('has the same id however often the same change is told to the same person', () => {
    expect(noticeId(EMPLOYEE, booked)).toBe(noticeId(EMPLOYEE, { ...booked }));
    expect(noticeId(EMPLOYEE, booked)).not.toBe(noticeId(MANAGER, booked));
    expect(noticeId(EMPLOYEE, booked)).not.toBe(noticeId(EMPLOYEE, { ...booked, revision: 2 }));
    expect(noticeId(EMPLOYEE, booked)).not.toBe(noticeId(EMPLOYEE, { ...booked, event: 'cancelled' }));
    expect(noticeId(EMPLOYEE, booked)).toBe(noticeId(EMPLOYEE, { ...booked, at: '2026-12-02T08:00:00.000Z' }));
  });

  it("is a due record of the notice kind, at the change's own time, that the reminder schema accepts whatever the length of the ids", () => {
    const long = { ...booked, conversationId: 'x'.repeat(100) };
    const record = noticeRecord({ tenantId: TENANT, recipientId: EMPLOYEE, notice: long });
    expect(Reminder.parse(record)).toMatchObject({ kind: NOTICE_KIND, state: 'due', dueAt: T0, recipientId: EMPLOYEE, subjectId: long.conversationId });
    expect(record.id.length).toBeLessThanOrEqual(200);
  });
});

describe('whether a notice goes out', () => {
  it('sends a booking that is stored, and skips one whose booking never was once the grace time is over', () => {
    expect(noticeVerdict(booked, { conversation }, justNow)).toBe('send');
    expect(noticeVerdict(booked, {}, justNow)).toBe('wait');
    expect(noticeVerdict(booked, {}, longAgo)).toBe('skip');
    expect(NOTICE_GRACE_MS).toBeGreaterThan(30_000);
  });

  it('does not tell of an earlier booking of a conversation that was cancelled and booked again', () => {
    const again = { ...conversation, bookingRevision: 2 };
    expect(noticeVerdict(booked, { conversation: again }, longAgo)).toBe('skip');
    expect(noticeVerdict({ ...booked, revision: 2 }, { conversation: again }, longAgo)).toBe('send');
  });

  it('tells of a move only while the conversation is still at the new time', () => {
    const moved = {
      event: 'rescheduled',
      at: T0,
      conversationId: 'conv-1',
      employeeId: EMPLOYEE,
      start: '2026-12-16T09:00:00.000Z',
      end: '2026-12-16T10:00:00.000Z',
      previous: { start: conversation.start ?? '', end: conversation.end ?? '' },
    } as const satisfies Notice;
    expect(noticeVerdict(moved, { conversation: { ...conversation, start: moved.start, end: moved.end } }, longAgo)).toBe('send');
    expect(noticeVerdict(moved, { conversation }, longAgo)).toBe('skip');
  });

  it('tells of a cancellation only when the conversation is cancelled', () => {
    const cancelled: Notice = { event: 'cancelled', conversationId: 'conv-1', employeeId: EMPLOYEE, revision: 1, at: T0 };
    expect(noticeVerdict(cancelled, { conversation: { ...conversation, status: 'geannuleerd' } }, longAgo)).toBe('send');
    expect(noticeVerdict(cancelled, { conversation }, longAgo)).toBe('skip');
  });

  it('says "your turn" after one approval, but not once the other approved as well', () => {
    const byEmployee = approve(plan(), EMPLOYEE);
    const turn: Notice = { event: 'pop-approved', popId: 'pop-1', employeeId: EMPLOYEE, version: 1, by: 'employee', at: T0 };
    expect(noticeVerdict(turn, { pop: byEmployee }, justNow)).toBe('send');
    expect(noticeVerdict(turn, { pop: approve(byEmployee, MANAGER) }, justNow)).toBe('skip');
    expect(noticeVerdict(turn, { pop: plan() }, longAgo)).toBe('skip');
  });

  it('tells both parties of an agreement only when both approved the version', () => {
    const agreed: Notice = { event: 'pop-agreed', popId: 'pop-1', employeeId: EMPLOYEE, version: 1, at: T0 };
    expect(noticeVerdict(agreed, { pop: approve(approve(plan(), EMPLOYEE), MANAGER) }, justNow)).toBe('send');
    expect(noticeVerdict(agreed, { pop: approve(plan(), EMPLOYEE) }, justNow)).toBe('wait');
  });

  it('tells the manager a goal needs help when the progress was written at or after the notice', () => {
    const agreedPlan = approve(approve(plan(), EMPLOYEE), MANAGER);
    const help: Notice = { event: 'help-needed', popId: 'pop-1', employeeId: EMPLOYEE, goalId: 'g1', at: '2026-12-01T10:00:10.000Z' };
    const withHelp = recordProgress(agreedPlan, { goalId: 'g1', status: 'hulp-nodig', by: EMPLOYEE, now: '2026-12-01T10:00:10.000Z' });
    expect(noticeVerdict(help, { pop: withHelp }, longAgo)).toBe('send');
    expect(noticeVerdict(help, { pop: agreedPlan }, longAgo)).toBe('skip');
  });
});

describe('the notices of an approval', () => {
  it('go to the other party while one approval is missing', () => {
    const notices = approvalNotices(approve(plan(), MANAGER), 1, 'manager', T0);
    expect(notices).toEqual([{ tenantId: TENANT, recipientId: EMPLOYEE, notice: { event: 'pop-approved', popId: 'pop-1', employeeId: EMPLOYEE, version: 1, by: 'manager', at: T0 } }]);
  });

  it('go to both parties when this approval completes the plan', () => {
    const notices = approvalNotices(approve(approve(plan(), EMPLOYEE), MANAGER), 1, 'manager', T0);
    expect(notices.map((n) => n.recipientId).sort()).toEqual([EMPLOYEE, MANAGER].sort());
    expect(notices.every((n) => n.notice.event === 'pop-agreed')).toBe(true);
  });
});
