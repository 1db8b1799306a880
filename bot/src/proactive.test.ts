import { botMessages, popLink, type ConversationReferenceStore, type ConversationView, type Person, type PopGoalInput } from '@koers/domain';
import type { CardAction } from './cards/adaptiveCard';
import { notConfiguredInstaller, ProactiveNotifier, type AppInstaller } from './proactive';
import { cardText, memoryReferences, recordingSender, type SentProactively } from './testing/chat';
import { MemoryPopService } from './testing/pops';
import { HENDRIKS, memoryPeople, oid, samplePeople, TEST_LINKS } from './testing/fakes';

function viewFor(employeeId: string, overrides: Partial<ConversationView['conversation']> = {}): ConversationView {
  return {
    conversation: {
      id: `conv-${employeeId.slice(-3)}`,
      tenantId: HENDRIKS,
      employeeId,
      managerId: oid.linda,
      kind: 'loopbaangesprek',
      status: 'gepland',
      start: '2026-12-08T09:00:00.000Z',
      end: '2026-12-08T10:00:00.000Z',
      createdAt: '2026-11-24T09:00:00.000Z',
      updatedAt: '2026-11-24T09:00:00.000Z',
      ...overrides,
    },
    etag: '"1"',
    employee: { id: employeeId, displayName: 'Someone', email: 'x@hendriks.example', roles: ['employee'] },
    manager: { id: oid.linda, displayName: 'Linda de Wit', email: 'linda@hendriks.example', roles: ['manager'] },
    canvasUrl: 'https://koers.example/tab',
    employeePrepared: false,
  };
}

async function setup(options: { failFor?: string[]; installer?: AppInstaller } = {}) {
  const references = memoryReferences();
  for (const name of ['sanne', 'kees'] as const) {
    await references.upsert({ id: oid[name], tenantId: HENDRIKS, reference: { conversation: { id: `a:personal-${name}` } }, updatedAt: '2026-11-01T00:00:00.000Z' });
  }
  const sender = recordingSender(options);
  const warnings: unknown[][] = [];
  const errors: unknown[][] = [];
  const log = { warn: (...args: unknown[]) => warnings.push(args), error: (...args: unknown[]) => errors.push(args) };
  const notifier = new ProactiveNotifier({ references, sender, people: memoryPeople(samplePeople()), installer: options.installer ?? notConfiguredInstaller(log), links: TEST_LINKS, log });
  return { notifier, sender, warnings, errors };
}

function texts(sent: { replies: { kind: string; text?: string }[] }[]): string[] {
  return sent.flatMap((s) => s.replies.flatMap((r) => (r.kind === 'text' && r.text ? [r.text] : [])));
}

describe('telling the employee in chat what happened to their conversation', () => {
  it('tells the employee the new time when the conversation moves', async () => {
    const { notifier, sender } = await setup();
    await notifier.rescheduled(viewFor(oid.sanne, { start: '2026-12-15T13:00:00.000Z', end: '2026-12-15T14:00:00.000Z' }), {
      start: '2026-12-08T09:00:00.000Z',
      end: '2026-12-08T10:00:00.000Z',
    });
    expect(texts(sender.sent)).toEqual([botMessages.booking.nl.employeeRescheduled('Linda de Wit', 'di 15 dec 14:00–15:00', 'di 8 dec 10:00–11:00')]);
  });

  it('tells the employee a cancelled conversation is off, with the manager\'s reason', async () => {
    const { notifier, sender } = await setup();
    await notifier.cancelled(viewFor(oid.kees, { status: 'geannuleerd', cancelReason: 'Ik ben ziek' }));
    expect(sender.sent.map((s) => s.conversationId)).toEqual(['a:personal-kees']);
    expect(texts(sender.sent)[0]).toContain('van di 8 dec 10:00–11:00 gaat niet door');
    expect(texts(sender.sent)[0]).toContain('Reden: Ik ben ziek');
  });

  it('logs and carries on when the employee never opened Koers in Teams (no way to install it here)', async () => {
    const { notifier, sender, warnings } = await setup();
    await expect(notifier.booked(viewFor(oid.daan))).resolves.toBeUndefined();
    expect(sender.sent).toEqual([]);
    expect(warnings.map((w) => w[0])).toEqual([expect.stringContaining('cannot install'), expect.stringContaining('No Teams chat')]);
  });

  it('does not let one stale chat stop the messages to others, nor throw at the booking', async () => {
    const { notifier, sender, errors } = await setup({ failFor: ['a:personal-sanne'] });
    await expect(notifier.booked(viewFor(oid.sanne))).resolves.toBeUndefined();
    await notifier.booked(viewFor(oid.kees));
    expect(sender.sent.map((s) => s.conversationId)).toEqual(['a:personal-kees']);
    expect(errors).toHaveLength(1);
  });

  it('asks the installer once when no chat exists, and uses the chat it then finds', async () => {
    const references = memoryReferences();
    const sender = recordingSender();
    const installer: AppInstaller = {
      installFor: async (tenantId, userId) => {
        await references.upsert({ id: userId, tenantId, reference: { conversation: { id: 'a:new-chat' } }, updatedAt: '2026-11-24T09:00:00.000Z' });
        return 'installed';
      },
    };
    const log = { warn: () => undefined, error: () => undefined };
    const notifier = new ProactiveNotifier({ references, sender, people: memoryPeople(samplePeople()), installer, links: TEST_LINKS, log });
    await notifier.booked(viewFor(oid.daan));
    expect(sender.sent.map((s) => s.conversationId)).toEqual(['a:new-chat']);
  });

  it('writes to a Flemish employee in Flemish wording', async () => {
    const peeters = '6f1c2a7e-0000-4000-8000-000000000002';
    const references = memoryReferences();
    await references.upsert({ id: oid.wout, tenantId: peeters, reference: { conversation: { id: 'a:wout' } }, updatedAt: '2026-11-01T00:00:00.000Z' });
    const sender = recordingSender();
    const quiet = { warn: () => undefined, error: () => undefined };
    const notifier = new ProactiveNotifier({ references, sender, people: memoryPeople(samplePeople()), installer: notConfiguredInstaller(quiet), links: TEST_LINKS, log: quiet });
    const view = viewFor(oid.wout);
    await notifier.booked({ ...view, conversation: { ...view.conversation, tenantId: peeters } });
    const card = sender.sent[0]?.replies.find((r) => r.kind === 'card');
    expect(JSON.stringify(card)).toContain('Tussentijds bewaren');
  });
});

describe('telling the other party in chat what happened to a POP', () => {
  const goal = (id: string, title: string): PopGoalInput => ({ id, title, kind: 'verbreden', route: 'meelopen', deadline: '2027-06-30' });
  const popUrl = popLink(TEST_LINKS, 'pop-sanne');

  async function setupPop(options: { people?: Person[]; installer?: AppInstaller; withReferences?: (keyof typeof oid)[] } = {}) {
    const people = memoryPeople(options.people ?? samplePeople());
    const references = memoryReferences();
    for (const name of options.withReferences ?? (['sanne', 'linda'] as const)) {
      await references.upsert({ id: oid[name], tenantId: HENDRIKS, reference: { conversation: { id: `a:personal-${name}` } }, updatedAt: '2026-11-01T00:00:00.000Z' });
    }
    const sender = recordingSender();
    const warnings: unknown[][] = [];
    const log = { warn: (...args: unknown[]) => warnings.push(args), error: (...args: unknown[]) => warnings.push(args) };
    const notifier = new ProactiveNotifier({ references, sender, people, installer: options.installer ?? notConfiguredInstaller(log), links: TEST_LINKS, log });
    const pops = new MemoryPopService(people);
    await pops.seed(HENDRIKS, oid.sanne, 'pop-sanne', [goal('g1', 'Zelfstandig offertes opstellen'), goal('g2', 'Presenteren voor klanten')]);
    const actor = async (name: keyof typeof oid) => (await people.get(HENDRIKS, oid[name]))!.value;
    const approveAs = async (name: keyof typeof oid) => {
      const view = await pops.get(await actor(name), 'pop-sanne');
      return pops.approve(await actor(name), 'pop-sanne', { version: view.current.number, contentHash: view.current.contentHash });
    };
    return { notifier, sender, pops, actor, approveAs, references, warnings };
  }

  function noticeOf(sent: SentProactively | undefined): { lines: string; buttons: CardAction[] } {
    const reply = sent?.replies[0];
    if (reply?.kind !== 'card') throw new Error('expected a card');
    return { lines: cardText(reply.card), buttons: reply.card.actions ?? [] };
  }

  it('tells the employee the manager approved, and that it is their turn, with a link to the POP page', async () => {
    const { notifier, sender, approveAs } = await setupPop();
    await notifier.approved(await approveAs('linda'), 'manager');

    expect(sender.sent.map((s) => s.conversationId)).toEqual(['a:personal-sanne']);
    const notice = noticeOf(sender.sent[0]);
    expect(notice.lines).toContain('Linda de Wit heeft versie 1 van je POP goedgekeurd — nu jij nog.');
    expect(notice.buttons).toEqual([{ type: 'Action.OpenUrl', title: 'Open het POP', url: popUrl }]);
    expect(JSON.parse(new URL(popUrl).searchParams.get('context') ?? '{}')).toEqual({ subEntityId: 'pop/pop-sanne' });
  });

  it('tells the manager when the employee approved first', async () => {
    const { notifier, sender, approveAs } = await setupPop();
    await notifier.approved(await approveAs('sanne'), 'employee');

    expect(sender.sent.map((s) => s.conversationId)).toEqual(['a:personal-linda']);
    expect(noticeOf(sender.sent[0]).lines).toContain('Sanne Bakker heeft versie 1 van jullie POP goedgekeurd — nu jij nog.');
  });

  it('tells both, once both approved, that the POP is agreed and where the agreements PDF is', async () => {
    const { notifier, sender, approveAs } = await setupPop();
    await approveAs('linda');
    const agreed = await approveAs('sanne');
    expect(agreed.status).toBe('goedgekeurd');

    await notifier.approved(agreed, 'employee');

    expect(sender.sent.map((s) => s.conversationId).sort()).toEqual(['a:personal-linda', 'a:personal-sanne']);
    for (const sent of sender.sent) {
      const notice = noticeOf(sent);
      expect(notice.lines).toContain('Jullie POP is goedgekeurd (versie 1).');
      expect(notice.lines).toContain('Gemaakte afspraken');
      expect(notice.buttons).toEqual([{ type: 'Action.OpenUrl', title: 'Gemaakte afspraken', url: popUrl }]);
    }
  });

  it('writes to each party in their own language', async () => {
    const people = samplePeople().map((p) => (p.id === oid.linda ? { ...p, locale: 'en-GB' as const } : p));
    const { notifier, sender, approveAs } = await setupPop({ people });
    await notifier.approved(await approveAs('sanne'), 'employee');
    const notice = noticeOf(sender.sent[0]);
    expect(notice.lines).toContain("Sanne Bakker approved version 1 of the POP — now it's your turn.");
    expect(notice.buttons[0]).toMatchObject({ title: 'Open the POP' });
  });

  it('tells the manager which goal of which employee needs help, with the note', async () => {
    const { notifier, sender, pops, actor } = await setupPop();
    const view = await pops.recordProgress(await actor('sanne'), 'pop-sanne', { goalId: 'g2', status: 'hulp-nodig', note: 'Ik zoek een klant om op te oefenen' });

    await notifier.helpNeeded(view, 'g2', 'Ik zoek een klant om op te oefenen');

    expect(sender.sent.map((s) => s.conversationId)).toEqual(['a:personal-linda']);
    const notice = noticeOf(sender.sent[0]);
    expect(notice.lines).toContain('Sanne Bakker heeft hulp nodig bij het doel **Presenteren voor klanten**.');
    expect(notice.lines).toContain('Notitie: Ik zoek een klant om op te oefenen');
    expect(notice.buttons).toEqual([{ type: 'Action.OpenUrl', title: 'Open het POP van Sanne Bakker', url: popUrl }]);
  });

  it('leaves out the note line when there is none', async () => {
    const { notifier, sender, pops, actor } = await setupPop();
    await notifier.helpNeeded(await pops.get(await actor('sanne'), 'pop-sanne'), 'g1');
    expect(noticeOf(sender.sent[0]).lines).not.toContain('Notitie');
  });

  it('installs Koers for a manager who never opened it, then writes to the chat that gives', async () => {
    const installed: string[] = [];
    const chats: { references?: ConversationReferenceStore } = {};
    const installer: AppInstaller = {
      installFor: async (tenantId, userId) => {
        installed.push(userId);
        await chats.references?.upsert({ id: userId, tenantId, reference: { conversation: { id: 'a:installed-linda' } }, updatedAt: '2026-12-11T11:00:00.000Z' });
        return 'installed';
      },
    };
    const setup = await setupPop({ installer, withReferences: ['sanne'] });
    chats.references = setup.references;

    await setup.notifier.approved(await setup.approveAs('sanne'), 'employee');

    expect(installed).toEqual([oid.linda]);
    expect(setup.sender.sent.map((s) => s.conversationId)).toEqual(['a:installed-linda']);
  });

  it('logs and carries on when nobody can be reached, without throwing at the approval', async () => {
    const { notifier, sender, approveAs, warnings } = await setupPop({ withReferences: [] });
    await expect(notifier.approved(await approveAs('linda'), 'manager')).resolves.toBeUndefined();
    expect(sender.sent).toEqual([]);
    expect(warnings.map((w) => w[0])).toContain('No Teams chat with this person yet; message not sent');
  });
});
