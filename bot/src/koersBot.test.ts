import { type Activity, type ChannelAccount, type ConversationAccount } from 'botbuilder';
import type { ConversationReferenceStore, StoredConversationReference } from '@koers/domain';
import { HENDRIKS_TENANT_ID, SAMPLE_PEOPLE } from '@koers/app';
import { createTranslator } from '@koers/texts';
import type { AdaptiveCard } from './cards/adaptiveCard';
import { buttons, cardText, setupChat } from './testing/chat';

const nl = createTranslator('nl-NL');
const en = createTranslator('en-GB');

const hendriks = HENDRIKS_TENANT_ID;
const sanne = SAMPLE_PEOPLE.sanne.id;
const now = new Date('2026-03-02T09:00:00.000Z');

const bot: ChannelAccount = { id: '28:koers-bot', name: 'Koers' };
const user: ChannelAccount & { aadObjectId: string } = { id: '29:sanne', name: 'Sanne Bakker', aadObjectId: sanne };
const personalChat: ConversationAccount = {
  id: 'a:personal-sanne',
  conversationType: 'personal',
  tenantId: hendriks,
  isGroup: false,
  name: '',
};
const groupChat: ConversationAccount = { id: '19:group@thread.v2', conversationType: 'groupChat', tenantId: hendriks, isGroup: true, name: 'Team' };

/** Records what the bot stores in the references store (or finds that store down). */
function recordingReferences(options: { failing?: boolean } = {}) {
  const stored: StoredConversationReference[] = [];
  const wrap = (real: ConversationReferenceStore): ConversationReferenceStore => ({
    get: (tenantId, userId) => real.get(tenantId, userId),
    upsert: async (reference) => {
      if (options.failing) throw new Error('store down');
      stored.push(reference);
      return real.upsert(reference);
    },
  });
  return { stored, wrap };
}

async function setup(options: { failing?: boolean } = {}) {
  const references = recordingReferences(options);
  const chat = await setupChat({ at: now, references: references.wrap });
  const errors = () => chat.logged.filter(([level]) => level === 'error');
  return { adapter: chat.adapter, stored: references.stored, errors };
}

function message(text: string, overrides: Partial<Activity> = {}): Partial<Activity> {
  return {
    type: 'message',
    text,
    from: user,
    recipient: bot,
    conversation: personalChat,
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    ...overrides,
  };
}

function mentioned(text: string): Partial<Activity> {
  return message(`<at>Koers</at> ${text}`, {
    conversation: groupChat,
    entities: [{ type: 'mention', mentioned: bot, text: '<at>Koers</at>' }],
  });
}

describe('the Koers bot', () => {
  it.each(['help', 'hulp', '?', 'Help!', '  HULP  '])('answers "%s" with the Dutch help text by default', async (text) => {
    const { adapter } = await setup();
    await adapter.send(message(text)).assertReply(nl('bot.help'));
  });

  it('answers someone it knows in their own language, whatever their Teams speaks', async () => {
    const { adapter } = await setup();
    await adapter.send(message('help', { locale: 'en-US' })).assertReply(nl('bot.help'));
  });

  it("answers someone it does not know in their Teams' language", async () => {
    const { adapter } = await setup();
    const stranger = { ...user, aadObjectId: '0a000000-0000-4000-8000-0000000009ff' };
    await adapter.send(message('help', { locale: 'en-US', from: stranger })).assertReply(en('bot.help'));
  });

  it('answers in Dutch for Flemish users', async () => {
    const { adapter } = await setup();
    await adapter.send(message('hulp', { locale: 'nl-BE' })).assertReply(nl('bot.help'));
  });

  it('understands help after an @mention in a group chat', async () => {
    const { adapter } = await setup();
    await adapter.send(mentioned('help')).assertReply(nl('bot.help'));
  });

  it('answers "mijn pop" (in the command list) without a plan yet with how a POP comes about', async () => {
    const { adapter } = await setup();
    await adapter.send(message('mijn pop')).assertReply(nl('bot.pop.noPop'));
    await adapter.send(message('my pop', { locale: 'en-GB' })).assertReply(nl('bot.pop.noPop'));
  });

  it('answers what it does not understand with three things to choose from, never a dead end', async () => {
    const { adapter } = await setup();
    await adapter.send(message('plan iets leuks')).assertReply((reply) => {
      const card = reply.attachments?.[0]?.content as AdaptiveCard;
      expect(cardText(card)).toContain(nl('bot.notUnderstood'));
      expect(buttons(card).map((b) => b.title)).toEqual([nl('bot.suggest.ask'), nl('bot.suggest.when'), nl('bot.suggest.prepare')]);
    });
  });

  it('remembers the personal chat keyed by the user\'s object id and tenant', async () => {
    const { adapter, stored } = await setup();
    await adapter.send(message('help')).assertReply(nl('bot.help'));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id: sanne, tenantId: hendriks, updatedAt: now.toISOString() });
    expect(stored[0]?.reference).toMatchObject({
      conversation: { id: personalChat.id, tenantId: hendriks },
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      bot: { id: bot.id },
    });
  });

  it('finds the tenant in channelData when the conversation lacks it', async () => {
    const { adapter, stored } = await setup();
    await adapter
      .send(message('help', { conversation: { ...personalChat, tenantId: undefined }, channelData: { tenant: { id: hendriks } } }))
      .assertReply(nl('bot.help'));
    expect(stored[0]?.tenantId).toBe(hendriks);
  });

  it('does not keep a group chat as the way to reach someone privately', async () => {
    const { adapter, stored } = await setup();
    await adapter.send(mentioned('help')).assertReply(nl('bot.help'));
    expect(stored).toEqual([]);
  });

  it('still answers when the reference cannot be stored, and logs why', async () => {
    const { adapter, errors } = await setup({ failing: true });
    await adapter.send(message('help')).assertReply(nl('bot.help'));
    expect(errors()).toHaveLength(1);
  });

  it('welcomes the user when Koers is installed in a personal chat', async () => {
    const { adapter, stored } = await setup();
    await adapter
      .send({ type: 'conversationUpdate', membersAdded: [bot], from: user, recipient: bot, conversation: personalChat })
      .assertReply(nl('bot.welcome'));
    expect(stored.map((s) => s.id)).toEqual([sanne]);
  });

  it('does not greet every colleague who joins a group chat', async () => {
    const { adapter } = await setup();
    await adapter
      .send({
        type: 'conversationUpdate',
        membersAdded: [{ id: '29:kees', name: 'Kees Jansen' }],
        from: user,
        recipient: bot,
        conversation: groupChat,
      })
      .assertNoReply('no welcome for a colleague', 200);
  });
});
