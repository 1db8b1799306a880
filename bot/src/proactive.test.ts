import { botMessages, type ConversationView } from '@koers/domain';
import { notConfiguredInstaller, ProactiveNotifier, type AppInstaller } from './proactive';
import { memoryReferences, recordingSender } from './testing/chat';
import { HENDRIKS, memoryPeople, oid, samplePeople } from './testing/fakes';

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
  const notifier = new ProactiveNotifier({ references, sender, people: memoryPeople(samplePeople()), installer: options.installer ?? notConfiguredInstaller(log), log });
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
    const notifier = new ProactiveNotifier({ references, sender, people: memoryPeople(samplePeople()), installer, log });
    await notifier.booked(viewFor(oid.daan));
    expect(sender.sent.map((s) => s.conversationId)).toEqual(['a:new-chat']);
  });

  it('writes to a Flemish employee in Flemish wording', async () => {
    const peeters = '6f1c2a7e-0000-4000-8000-000000000002';
    const references = memoryReferences();
    await references.upsert({ id: oid.wout, tenantId: peeters, reference: { conversation: { id: 'a:wout' } }, updatedAt: '2026-11-01T00:00:00.000Z' });
    const sender = recordingSender();
    const quiet = { warn: () => undefined, error: () => undefined };
    const notifier = new ProactiveNotifier({ references, sender, people: memoryPeople(samplePeople()), installer: notConfiguredInstaller(quiet), log: quiet });
    const view = viewFor(oid.wout);
    await notifier.booked({ ...view, conversation: { ...view.conversation, tenantId: peeters } });
    const card = sender.sent[0]?.replies.find((r) => r.kind === 'card');
    expect(JSON.stringify(card)).toContain('Tussentijds bewaren');
  });
});
