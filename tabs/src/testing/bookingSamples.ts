import { KOERS_STANDAARD_REF, PREP_QUESTIONS, type ConversationView, type PreparationResponse, type SlotProposalsResponse } from '@koers/domain';

/** Wire-shaped answers of the booking routes, for tests of the tab's client. */
const tenantId = '6f1c2a7e-0000-4000-8000-000000000001';
const jeroen = { id: '0a000000-0000-4000-8000-000000000101', displayName: 'Jeroen Hendriks', email: 'jeroen@hendriks.example' };
const ahmed = {
  id: '0a000000-0000-4000-8000-000000000104',
  displayName: 'Ahmed Yilmaz',
  email: 'ahmed@hendriks.example',
  jobTitle: 'werkvoorbereider',
  managerId: jeroen.id,
};

export const sampleProposals: SlotProposalsResponse = {
  employee: ahmed,
  slots: [
    { start: '2026-12-15T09:00:00.000Z', end: '2026-12-15T10:00:00.000Z', date: '2026-12-15', weekday: 2, startTime: '10:00', endTime: '11:00', penalties: [] },
    { start: '2026-12-16T13:00:00.000Z', end: '2026-12-16T14:00:00.000Z', date: '2026-12-16', weekday: 3, startTime: '14:00', endTime: '15:00', penalties: [] },
  ],
  widened: false,
  next: '2026-12-16T23:00:00.000Z',
  unreadableCalendars: [],
  timeZone: 'Europe/Amsterdam',
  durationMinutes: 60,
};

export const sampleConversationView: ConversationView = {
  conversation: {
    id: 'gesprek-ahmed-1',
    tenantId,
    employeeId: ahmed.id,
    managerId: jeroen.id,
    kind: 'loopbaangesprek',
    status: 'gepland',
    start: '2026-12-15T09:00:00.000Z',
    end: '2026-12-15T10:00:00.000Z',
    createdAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
  },
  etag: '"e0"',
  employee: ahmed,
  manager: jeroen,
  canvasUrl: 'https://teams.example/canvas',
  employeePrepared: false,
};

export const samplePreparation: PreparationResponse = {
  conversation: sampleConversationView.conversation,
  role: 'employee',
  template: KOERS_STANDAARD_REF,
  questions: [...PREP_QUESTIONS],
};
