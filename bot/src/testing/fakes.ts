import {
  ConcurrencyError,
  applyPreparationSave,
  BookConversationRequest,
  BookingError,
  NotFoundError,
  preparationId,
  SavePreparationRequest,
  visiblePreparation,
  type BookConversationInput,
  type BookingService,
  type CancelRequest,
  type Conversation,
  type ConversationResponse,
  type ConversationView,
  type Person,
  type PersonStore,
  type Preparation,
  type PreparationResponse,
  type PreparationService,
  type PrepRole,
  type ProposedSlot,
  type RescheduleRequest,
  type SavePreparationInput,
  type SlotProposalsQuery,
  type SlotProposalsResponse,
  type Stored,
} from '@koers/domain';

/**
 * Test stand-ins for the bot's ports: a directory of the sample people and a BookingService that
 * keeps the rules the bot relies on (only one's own manager books, idempotency by requestId, a
 * taken slot is refused) without calendars or Cosmos, with the PreparationService of its
 * conversations beside it (`preparation`: preparation privacy and stale cards).
 */

export const HENDRIKS = '6f1c2a7e-0000-4000-8000-000000000001';
export const PEETERS = '6f1c2a7e-0000-4000-8000-000000000002';
export const oid = {
  jeroen: '0a000000-0000-4000-8000-000000000101',
  fatima: '0a000000-0000-4000-8000-000000000102',
  linda: '0a000000-0000-4000-8000-000000000103',
  ahmed: '0a000000-0000-4000-8000-000000000104',
  noor: '0a000000-0000-4000-8000-000000000105',
  sanne: '0a000000-0000-4000-8000-000000000106',
  kees: '0a000000-0000-4000-8000-000000000107',
  daan: '0a000000-0000-4000-8000-000000000108',
  an: '0a000000-0000-4000-8000-000000000201',
  wout: '0a000000-0000-4000-8000-000000000202',
} as const;

/** Where the tests' links point: the tab inside Teams. */
export const TEST_LINKS = { tabUrl: 'https://koers.example/tab', teamsAppId: '5f0c6a4e-1b2d-4e3f-9a8b-0d0e0f000d01' };

const hours = { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00', lunch: { start: '12:00', end: '12:30' } };

function person(id: string, displayName: string, roles: Person['roles'], managerId?: string, tenantId: string = HENDRIKS): Person {
  const email = `${displayName.split(' ')[0]?.toLowerCase()}@${tenantId === HENDRIKS ? 'hendriks' : 'peeters'}.example`;
  const flemish = tenantId === PEETERS;
  return {
    id,
    tenantId,
    displayName,
    email,
    roles,
    ...(managerId ? { managerId } : {}),
    locale: flemish ? 'nl-BE' : 'nl-NL',
    timeZone: flemish ? 'Europe/Brussels' : 'Europe/Amsterdam',
    workingHours: hours,
  };
}

export function samplePeople(): Person[] {
  return [
    person(oid.jeroen, 'Jeroen Hendriks', ['manager']),
    person(oid.fatima, 'Fatima El Amrani', ['hr'], oid.jeroen),
    person(oid.linda, 'Linda de Wit', ['manager'], oid.jeroen),
    person(oid.ahmed, 'Ahmed Yilmaz', ['employee'], oid.jeroen),
    person(oid.noor, 'Noor Visser', ['employee'], oid.jeroen),
    person(oid.sanne, 'Sanne Bakker', ['employee'], oid.linda),
    person(oid.kees, 'Kees Jansen', ['employee'], oid.linda),
    person(oid.daan, 'Daan Mulder', ['employee'], oid.linda),
    person(oid.an, 'An Peeters', ['manager', 'hr'], undefined, PEETERS),
    person(oid.wout, 'Wout Claes', ['employee'], oid.an, PEETERS),
  ];
}

export function extraPerson(id: string, displayName: string, managerId: string): Person {
  return person(id, displayName, ['employee'], managerId);
}

export function memoryPeople(people: Person[]): PersonStore {
  const stored = (p: Person): Stored<Person> => ({ value: p, etag: '"1"' });
  const page = (items: Person[]) => ({ items });
  return {
    get: async (tenantId, id) => {
      const found = people.find((p) => p.tenantId === tenantId && p.id === id);
      return found ? stored(found) : undefined;
    },
    findByEmail: async (tenantId, email) => {
      const found = people.find((p) => p.tenantId === tenantId && p.email === email);
      return found ? stored(found) : undefined;
    },
    listReports: async (tenantId, managerId) => page(people.filter((p) => p.tenantId === tenantId && p.managerId === managerId)),
    listTenant: async (tenantId) => page(people.filter((p) => p.tenantId === tenantId)),
    create: async (p) => {
      people.push(p);
      return stored(p);
    },
    replace: async (p) => stored(p),
  };
}

/** Three slots a week apart from the window's start, 10:00, 14:00 and 09:00 Amsterdam time in December. */
function slotsFrom(weekOffset: number): ProposedSlot[] {
  const day = (d: number) => 8 + d + weekOffset * 7;
  const slot = (d: number, startUtc: number, weekday: number): ProposedSlot => {
    const date = `2026-12-${String(day(d)).padStart(2, '0')}`;
    const hh = (h: number) => String(h).padStart(2, '0');
    return {
      start: `${date}T${hh(startUtc)}:00:00.000Z`,
      end: `${date}T${hh(startUtc + 1)}:00:00.000Z`,
      date,
      weekday,
      startTime: `${hh(startUtc + 1)}:00`,
      endTime: `${hh(startUtc + 2)}:00`,
      penalties: [],
    };
  };
  return [slot(0, 9, 2), slot(1, 13, 3), slot(2, 8, 4)];
}

export interface FakeBookingOptions {
  people: PersonStore;
  /** No common free time at all: the answer carries `noSlotReason`. */
  nothingFree?: boolean;
  now?: () => Date;
}

export class FakeBookingService implements BookingService {
  readonly conversations = new Map<string, Stored<Conversation>>();
  readonly preparations = new Map<string, Preparation>();
  private readonly preparationVersions = new Map<string, number>();
  readonly proposalQueries: SlotProposalsQuery[] = [];
  /** requestId → conversation id: the idempotency map. */
  private readonly byRequest = new Map<string, string>();
  /** Slots taken by someone else meanwhile: booking one is refused. */
  readonly takenStarts = new Set<string>();
  bookCalls = 0;
  /** Preparing the conversations booked here. */
  readonly preparation: PreparationService = {
    get: (actor, conversationId) => this.getPreparation(actor, conversationId),
    save: (actor, conversationId, body, ifMatch) => this.savePreparation(actor, conversationId, body, ifMatch),
  };

  constructor(private readonly options: FakeBookingOptions) {}

  private now(): string {
    return (this.options.now?.() ?? new Date('2026-11-24T09:00:00.000Z')).toISOString();
  }

  private async report(actor: Person, employeeId: string): Promise<Person> {
    const employee = (await this.options.people.get(actor.tenantId, employeeId))?.value;
    if (!employee) throw new NotFoundError('person', employeeId);
    if (employee.managerId !== actor.id) throw new BookingError('not-your-report');
    return employee;
  }

  private summary(p: Person) {
    return { id: p.id, displayName: p.displayName, email: p.email, roles: p.roles, ...(p.managerId ? { managerId: p.managerId } : {}) };
  }

  private async view(stored: Stored<Conversation>): Promise<ConversationView> {
    const c = stored.value;
    const employee = (await this.options.people.get(c.tenantId, c.employeeId))?.value;
    const manager = (await this.options.people.get(c.tenantId, c.managerId))?.value;
    if (!employee || !manager) throw new NotFoundError('person', c.employeeId);
    return {
      conversation: c,
      etag: stored.etag,
      employee: this.summary(employee),
      manager: this.summary(manager),
      canvasUrl: `https://koers.example/tab/koerskaart/${c.id}`,
      employeePrepared: this.preparations.get(preparationId(c.id, 'employee'))?.completedAt !== undefined,
    };
  }

  async proposals(actor: Person, query: SlotProposalsQuery): Promise<SlotProposalsResponse> {
    this.proposalQueries.push(query);
    const employee = await this.report(actor, query.employeeId);
    const week = query.after ? Math.round((Date.parse(query.after) - Date.parse('2026-12-08T00:00:00Z')) / (7 * 86_400_000)) : 0;
    const slots = this.options.nothingFree ? [] : slotsFrom(week);
    return {
      employee: this.summary(employee),
      slots,
      widened: false,
      next: `2026-12-${String(11 + week * 7).padStart(2, '0')}T23:00:00.000Z`,
      ...(this.options.nothingFree ? { noSlotReason: 'no-common-time' as const } : {}),
      unreadableCalendars: [],
      timeZone: 'Europe/Amsterdam',
      durationMinutes: 60,
    };
  }

  async book(actor: Person, input: BookConversationInput): Promise<ConversationResponse> {
    this.bookCalls++;
    const request = BookConversationRequest.parse(input);
    await this.report(actor, request.employeeId);
    const earlier = this.byRequest.get(request.requestId);
    if (earlier) {
      const stored = this.conversations.get(earlier);
      if (stored) return { ...(await this.view(stored)), created: false };
    }
    if (this.takenStarts.has(request.start)) throw new BookingError('slot-unavailable');
    const id = `conv-${this.conversations.size + 1}`;
    const now = this.now();
    const conversation: Conversation = {
      id,
      tenantId: actor.tenantId,
      employeeId: request.employeeId,
      managerId: actor.id,
      kind: request.kind,
      status: 'gepland',
      start: request.start,
      end: request.end,
      meeting: { eventId: `event-${id}`, joinUrl: `https://teams.microsoft.com/l/meetup-join/${id}` },
      bookingRequestId: request.requestId,
      bookedBy: actor.id,
      createdAt: now,
      updatedAt: now,
    };
    const stored = { value: conversation, etag: '"1"' };
    this.conversations.set(id, stored);
    this.byRequest.set(request.requestId, id);
    const view = await this.view(stored);
    return { ...view, created: true };
  }

  private async party(actor: Person, conversationId: string): Promise<{ stored: Stored<Conversation>; role: PrepRole }> {
    const stored = this.conversations.get(conversationId);
    if (!stored || stored.value.tenantId !== actor.tenantId) throw new NotFoundError('conversation', conversationId);
    if (stored.value.employeeId === actor.id) return { stored, role: 'employee' };
    if (stored.value.managerId === actor.id) return { stored, role: 'manager' };
    throw new BookingError('not-a-party');
  }

  async get(actor: Person, conversationId: string): Promise<ConversationView> {
    return this.view((await this.party(actor, conversationId)).stored);
  }

  private async change(actor: Person, conversationId: string, patch: Partial<Conversation>): Promise<ConversationView> {
    const { stored, role } = await this.party(actor, conversationId);
    if (role !== 'manager') throw new BookingError('not-your-report');
    if (stored.value.status !== 'gepland') throw new BookingError('not-planned');
    const next = { value: { ...stored.value, ...patch, updatedAt: this.now() }, etag: `"${Number(stored.etag.replace(/"/g, '')) + 1}"` };
    this.conversations.set(conversationId, next);
    return this.view(next);
  }

  async reschedule(actor: Person, conversationId: string, times: RescheduleRequest): Promise<ConversationView> {
    return this.change(actor, conversationId, { start: times.start, end: times.end });
  }

  async cancel(actor: Person, conversationId: string, request: CancelRequest): Promise<ConversationView> {
    const view = await this.change(actor, conversationId, { status: 'geannuleerd', ...(request.reason ? { cancelReason: request.reason } : {}) });
    return view;
  }

  /** The bot does not complete conversations; the port's rule, for the port's sake. */
  async complete(actor: Person, conversationId: string): Promise<ConversationView> {
    const { stored } = await this.party(actor, conversationId);
    if (stored.value.status === 'geannuleerd') throw new BookingError('conversation-cancelled');
    const next = { value: { ...stored.value, status: 'gehouden' as const, updatedAt: this.now() }, etag: `"${Number(stored.etag.replace(/"/g, '')) + 1}"` };
    this.conversations.set(conversationId, next);
    return this.view(next);
  }

  private async getPreparation(actor: Person, conversationId: string): Promise<PreparationResponse> {
    const { stored, role } = await this.party(actor, conversationId);
    const mine = this.preparations.get(preparationId(conversationId, role));
    const employees = this.preparations.get(preparationId(conversationId, 'employee'));
    const shared = role === 'manager' && employees ? visiblePreparation(employees, actor, stored.value.managerId) : undefined;
    const etag = mine ? `"${this.preparationVersions.get(preparationId(conversationId, role)) ?? 1}"` : undefined;
    return { conversation: stored.value, role, ...(mine ? { mine, etag } : {}), ...(shared ? { sharedByEmployee: shared } : {}) };
  }

  /** Like the real service: `ifMatch` is the etag the card was built from; absent = it saw none. */
  private async savePreparation(actor: Person, conversationId: string, body: SavePreparationInput, ifMatch?: string): Promise<PreparationResponse> {
    const { stored, role } = await this.party(actor, conversationId);
    const save = SavePreparationRequest.parse(body);
    const id = preparationId(conversationId, role);
    const version = this.preparationVersions.get(id);
    if (ifMatch !== (version === undefined ? undefined : `"${version}"`)) throw new ConcurrencyError('Preparation', id);
    this.preparationVersions.set(id, (version ?? 0) + 1);
    const base = { id, tenantId: actor.tenantId, employeeId: stored.value.employeeId, conversationId, ownerId: actor.id, role };
    const next = applyPreparationSave(this.preparations.get(id), base, save, this.now());
    this.preparations.set(id, next);
    return this.getPreparation(actor, conversationId);
  }
}
