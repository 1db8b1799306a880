import { ActivityHandler, TurnContext, type Activity, type InvokeResponse } from 'botbuilder';
import {
  Guid,
  hasRole,
  languageOf,
  likelyIntents,
  localeFromTag,
  parseIntent,
  sameLanguage,
  speakingLocale,
  writtenLanguage,
  type BookingService,
  type ChatIntent,
  type Locale,
  type Person,
  type SuggestedIntent,
  type Clock,
  type ConversationReferenceStore,
  type LinkTarget,
  type Actor,
  type PersonStore,
  type RoleAssignmentStore,
  type PopService,
  type PreparationService,
  type ReminderService,
  type StoredConversationReference,
} from '@koers/domain';
import type { PeopleService } from '@koers/app';
import { toLocale } from '@koers/texts';
import { chatTranslator } from './cards/chatText';
import { replyActivity } from './activities';
import { CardActionValue, LanguageData, SuggestData, VERBS } from './cards/actions';
import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCard } from './cards/adaptiveCard';
import { languageOfferCard, suggestionsCard } from './cards/chat';
import { refusalOf, refusalText, resolveActor } from './flows/actor';
import { CheckIns, type CheckInStep } from './flows/checkIns';
import { Conversations } from './flows/conversations';
import { Planning } from './flows/planning';
import { PopFlow } from './flows/pop';
import { Preparing } from './flows/preparing';
import { RoundFlow, type RoundPlanningPort } from './flows/rounds';
import { say, show, type Reply, type Speaker } from './flows/reply';

/**
 * The Teams bot's behaviour, kept apart from hosting (functions/src/botEndpoint.ts feeds it
 * activities through botbuilder's CloudAdapter; tests feed it through TestAdapter). This file is
 * the only one that knows botbuilder's activity handler: the flows answer in SDK-free `Reply`s.
 */

export interface BotLogger {
  warn(message: string, ...args: unknown[]): void;
  error(message: string, ...args: unknown[]): void;
}

export interface KoersBotDeps {
  references: ConversationReferenceStore;
  clock: Clock;
  booking: BookingService;
  /** The prep card's answers are saved and read again through this port. */
  preparation: PreparationService;
  /** The POP: "mijn pop" and "pop van Sanne" read plans only through this port. */
  pops: PopService;
  /** Where the tab's pages are (the POP page's button). */
  links: LinkTarget;
  /** Koers' directory: who is talking (tenant + Entra object id) and who reports to them. */
  people: PersonStore;
  /** A person's conversations ("wanneer is mijn gesprek") and their chosen language. */
  peopleService: Pick<PeopleService, 'conversations' | 'chooseLanguage'>;
  /** Who holds a Koers app role (Koers.HR, Koers.Admin): a bot turn carries no token with a `roles` claim. */
  roleAssignments: RoleAssignmentStore;
  /** A round's planning, for the round card's "Voorstellen hier tonen" and "Alles bevestigen". */
  rounds?: RoundPlanningPort;
  /** POP reminder cards: without it their snooze buttons answer "this card is out of date". */
  reminders?: ReminderService;
  log?: BotLogger;
}

/** Teams puts the tenant on the conversation; older payloads only in channelData. */
export function tenantOf(activity: Partial<Activity>): string | undefined {
  const fromConversation = activity.conversation?.tenantId;
  if (fromConversation) return fromConversation;
  const channelData: unknown = activity.channelData;
  if (typeof channelData === 'object' && channelData !== null && 'tenant' in channelData) {
    const tenant: unknown = channelData.tenant;
    if (typeof tenant === 'object' && tenant !== null && 'id' in tenant && typeof tenant.id === 'string') return tenant.id;
  }
  return undefined;
}

/**
 * Proactive messages (reminders) go to the user's personal chat only: a reference from a group
 * chat or channel would post someone's reminders where colleagues read along.
 */
function isPersonalConversation(activity: Partial<Activity>): boolean {
  const type = activity.conversation?.conversationType;
  return type === undefined || type === 'personal';
}

function speakerOf(activity: Partial<Activity>): Speaker {
  return { tenantId: tenantOf(activity), userId: activity.from?.aadObjectId, locale: activity.locale };
}

const TURN_LOCALE = Symbol('koers.turnLocale');

/** The language of this turn, for the adapter's "sorry, something went wrong" too; the client's before Koers knew it. */
export function turnLocale(context: TurnContext): Locale {
  const locale: unknown = context.turnState.get(TURN_LOCALE);
  return typeof locale === 'string' ? toLocale(locale) : toLocale(context.activity.locale);
}

/** The person behind a turn, if Koers knows them (no roles: only their language is needed). */
async function knownPerson(people: PersonStore, speaker: Speaker): Promise<Person | undefined> {
  const tenantId = Guid.safeParse(speaker.tenantId);
  const userId = Guid.safeParse(speaker.userId);
  if (!tenantId.success || !userId.success) return undefined;
  return (await people.get(tenantId.data.toLowerCase(), userId.data.toLowerCase()))?.value;
}

/**
 * The Universal Actions answer to a card button: a card replaces the clicked one; a message is
 * shown beside it and leaves the card as it was. (botbuilder types `value` as an object only.)
 */
export type CardActionResponse =
  | { statusCode: 200; type: typeof ADAPTIVE_CARD_CONTENT_TYPE; value: AdaptiveCard }
  | { statusCode: 200; type: 'application/vnd.microsoft.activity.message'; value: string };

function invokeAnswer(reply: Reply): CardActionResponse {
  return reply.kind === 'card'
    ? { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: reply.card }
    : { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: reply.text };
}

const VERB_ROUTES = {
  [VERBS.pick]: { flow: 'planning', step: 'pick' },
  [VERBS.more]: { flow: 'planning', step: 'more' },
  [VERBS.choose]: { flow: 'planning', step: 'choose' },
  [VERBS.prepSave]: { flow: 'preparing', step: 'save' },
  [VERBS.prepEdit]: { flow: 'preparing', step: 'edit' },
  [VERBS.popOf]: { flow: 'pop', step: 'of' },
  [VERBS.goalCheckIn]: { flow: 'checkIns', step: 'record' },
  [VERBS.goalSnooze]: { flow: 'checkIns', step: 'snooze' },
  [VERBS.goalPause]: { flow: 'checkIns', step: 'pause' },
  [VERBS.followUpAsk]: { flow: 'checkIns', step: 'follow-up' },
  [VERBS.changeCancel]: { flow: 'change', step: 'cancel' },
  [VERBS.changeMove]: { flow: 'change', step: 'move' },
  [VERBS.changeKeep]: { flow: 'change', step: 'keep' },
  [VERBS.roundShow]: { flow: 'rounds', step: 'show' },
  [VERBS.roundConfirm]: { flow: 'rounds', step: 'confirm' },
} as const satisfies Record<
  string,
  | { flow: 'change'; step: 'cancel' | 'move' | 'keep' }
  | { flow: 'planning'; step: 'pick' | 'more' | 'choose' }
  | { flow: 'preparing'; step: 'save' | 'edit' }
  | { flow: 'pop'; step: 'of' }
  | { flow: 'checkIns'; step: CheckInStep }
  | { flow: 'rounds'; step: 'show' | 'confirm' }
>;

function isKnownVerb(verb: string): verb is keyof typeof VERB_ROUTES {
  return Object.hasOwn(VERB_ROUTES, verb);
}

/** A suggestion's button, as if its words had been typed (without a name: the flow asks whom). */
function intentOf(suggested: SuggestedIntent): Exclude<ChatIntent, { kind: 'unknown' }> {
  if (suggested === 'ask' || suggested === 'plan' || suggested === 'move') return { kind: suggested, name: '' };
  return { kind: suggested };
}

/**
 * The three buttons for a message nobody understood: what its words hint at first, then what
 * this person most often asks (a manager plans, an employee asks for a conversation).
 */
function suggestionsFor(actor: Actor | undefined, likely: readonly SuggestedIntent[]): SuggestedIntent[] {
  const leads = actor !== undefined && hasRole(actor, 'manager');
  const usual: SuggestedIntent[] = leads ? ['plan', 'when', 'goals', 'prepare', 'help'] : ['ask', 'when', 'prepare', 'goals', 'help'];
  const fits = (intent: SuggestedIntent) => (intent === 'plan' ? leads : intent === 'ask' ? !leads || actor?.managerId !== undefined : intent !== 'move' || leads);
  return [...new Set([...likely, ...usual])].filter(fits).slice(0, 3);
}

/**
 * A message clearly written in the other language than the person's own: offer to switch, once
 * per such message, unless they chose their language themselves.
 */
function languageOffer(person: Person, locale: string | undefined, text: string | undefined): Reply | undefined {
  if (person.chosenLocale) return undefined;
  const written = writtenLanguage(text);
  const current = toLocale(locale);
  if (!written || languageOf(current) === written) return undefined;
  const offered: Locale = written === 'en' ? 'en-GB' : (localeFromTag(person.locale) ?? 'nl-NL');
  if (sameLanguage(offered, current)) return undefined;
  return show(languageOfferCard(chatTranslator(current), offered));
}

export class KoersBot extends ActivityHandler {
  private readonly planning: Planning;
  private readonly preparing: Preparing;
  private readonly pop: PopFlow;
  private readonly checkIns: CheckIns;
  private readonly conversations: Conversations;
  private readonly rounds: RoundFlow;

  constructor(private readonly deps: KoersBotDeps) {
    super();
    this.planning = new Planning(deps);
    this.preparing = new Preparing(deps);
    this.pop = new PopFlow(deps);
    this.checkIns = new CheckIns(deps);
    this.conversations = new Conversations(deps, this.planning);
    this.rounds = new RoundFlow(deps);

    this.onMessage(async (context, next) => {
      await this.rememberConversation(context);
      const text = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text;
      const { speaker, person } = await this.inTheirLanguage(context);
      const reply = await this.answerMessage(speaker, text);
      await context.sendActivity(replyActivity(reply));
      const offer = person ? languageOffer(person, speaker.locale, text) : undefined;
      if (offer) await context.sendActivity(replyActivity(offer));
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const added = context.activity.membersAdded ?? [];
      const botWasAdded = added.some((member) => member.id === botId);
      const personAdded = added.some((member) => member.id !== botId);
      // Greet once when Koers is installed somewhere, or when someone opens a personal chat with it;
      // not every time a colleague joins a group chat.
      if (botWasAdded || (personAdded && isPersonalConversation(context.activity))) {
        await this.rememberConversation(context);
        const { speaker } = await this.inTheirLanguage(context);
        await context.sendActivity(chatTranslator(toLocale(speaker.locale))('bot.welcome'));
      }
      await next();
    });
  }

  /** Action.Execute arrives as an `adaptiveCard/action` invoke; its answer can replace the card. */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse<CardActionResponse>> {
    // The SDK types the answers of the invokes it handles itself with an `any` body.
    if (context.activity.name !== 'adaptiveCard/action') return super.onInvokeActivity(context) as Promise<InvokeResponse<CardActionResponse>>;
    await this.rememberConversation(context);
    const { speaker } = await this.inTheirLanguage(context);
    const answer = invokeAnswer(await this.answerCardAction(speaker, context.activity.value));
    return { status: 200, body: answer };
  }

  /**
   * The turn in the person's own language (personLocale: their choice, the directory's, the
   * organisation's), whatever their Teams client reports: the client's only for someone Koers
   * does not know. One chat stays in one language.
   */
  private async inTheirLanguage(context: TurnContext): Promise<{ speaker: Speaker; person?: Person }> {
    const client = speakerOf(context.activity);
    let person: Person | undefined;
    try {
      person = await knownPerson(this.deps.people, client);
    } catch (error) {
      // The directory being down must not silence the bot: the client's language will do this once.
      this.deps.log?.warn('Could not read the person for their language', error);
    }
    const locale = speakingLocale(person, client.locale);
    context.turnState.set(TURN_LOCALE, locale);
    return { speaker: { ...client, locale }, ...(person ? { person } : {}) };
  }

  private async answerMessage(speaker: Speaker, text: string | undefined): Promise<Reply> {
    const intent = parseIntent(text);
    if (intent.kind !== 'unknown') return this.answerIntent(speaker, intent);
    const t = chatTranslator(toLocale(speaker.locale));
    const likely = likelyIntents(text);
    const actor = await resolveActor(this.deps, speaker).catch(() => undefined);
    return show(suggestionsCard(t, t('bot.notUnderstood'), suggestionsFor(actor, likely)));
  }

  private answerIntent(speaker: Speaker, intent: Exclude<ChatIntent, { kind: 'unknown' }>): Promise<Reply> {
    const t = chatTranslator(toLocale(speaker.locale));
    const locale = speaker.locale;
    switch (intent.kind) {
      case 'help':
        return Promise.resolve(say(t('bot.help')));
      case 'keep':
        return Promise.resolve(say(t('bot.change.kept')));
      case 'prepare':
        return this.guarded(speaker, async (actor) => {
          const conversationId = await this.conversations.nextOwnId(actor);
          const card = conversationId ? await this.preparing.act(actor, 'edit', { conversationId }, locale) : undefined;
          return card ?? say(t('bot.prep.whereToPrepare'));
        });
      case 'goals':
        return this.guarded(speaker, (actor) => (intent.name === undefined ? this.pop.mine(actor, locale) : this.pop.of(actor, intent.name, locale)));
      case 'when':
        return this.guarded(speaker, (actor) => this.conversations.whenIsMine(actor, locale));
      case 'ask':
      case 'plan':
        return this.guarded(speaker, (actor) => this.conversations.askOrPlan(actor, intent, locale));
      case 'move':
      case 'cancel':
        return this.guarded(speaker, (actor) => this.conversations.confirm(actor, intent.kind, intent.name, locale));
    }
  }

  private async answerCardAction(speaker: Speaker, value: unknown): Promise<Reply> {
    const staleCard = () => say(refusalText(chatTranslator(toLocale(speaker.locale)), 'stale-card'));
    const parsed = CardActionValue.safeParse(value);
    if (!parsed.success) return staleCard();
    const { verb, data } = parsed.data.action;
    if (verb === VERBS.suggest) {
      const suggested = SuggestData.safeParse(data);
      return suggested.success ? this.answerIntent(speaker, intentOf(suggested.data.intent)) : staleCard();
    }
    if (verb === VERBS.language) return this.chooseLanguage(speaker, data);
    if (!isKnownVerb(verb)) return staleCard();
    const route = VERB_ROUTES[verb];
    return this.guarded(speaker, async (actor) => {
      const reply =
        route.flow === 'planning'
          ? await this.planning.act(actor, route.step, data, speaker.locale)
          : route.flow === 'preparing'
            ? await this.preparing.act(actor, route.step, data, speaker.locale)
            : route.flow === 'pop'
              ? await this.pop.act(actor, data, speaker.locale)
              : route.flow === 'change'
                ? await this.conversations.act(actor, route.step, data, speaker.locale)
                : route.flow === 'rounds'
                  ? await this.rounds.act(actor, route.step, data, speaker.locale)
                  : await this.checkIns.act(actor, route.step, data, speaker.locale);
      return reply ?? staleCard();
    });
  }

  /** The language offer's button: stored as the person's choice; the answer is already in the new language. */
  private async chooseLanguage(speaker: Speaker, data: unknown): Promise<Reply> {
    const parsed = LanguageData.safeParse(data);
    if (!parsed.success) return say(refusalText(chatTranslator(toLocale(speaker.locale)), 'stale-card'));
    const locale = parsed.data.locale;
    return this.guarded({ ...speaker, locale }, async (actor) => {
      await this.deps.peopleService.chooseLanguage(actor, locale);
      return say(chatTranslator(locale)('bot.language.chosen'));
    });
  }

  /**
   * Runs a step for a person Koers knows, and turns the failures they can act on (not your
   * report, slot taken, calendar down…) into a sentence; nothing is changed by a refused step.
   */
  private async guarded(speaker: Speaker, step: (actor: Actor) => Promise<Reply>): Promise<Reply> {
    const t = chatTranslator(toLocale(speaker.locale));
    try {
      const actor = await resolveActor(this.deps, speaker);
      if (!actor) return say(refusalText(t, 'unknown-user'));
      return await step(actor);
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal) return say(refusalText(t, refusal));
      this.deps.log?.error('Bot step failed', error);
      return say(t('bot.error'));
    }
  }

  private async rememberConversation(context: TurnContext): Promise<void> {
    const activity = context.activity;
    if (!isPersonalConversation(activity)) return;
    const userId = Guid.safeParse(activity.from?.aadObjectId);
    const tenantId = Guid.safeParse(tenantOf(activity));
    if (!userId.success || !tenantId.success) {
      this.deps.log?.warn('Conversation reference not stored: no Entra ID user or tenant on the activity');
      return;
    }
    const record: StoredConversationReference = {
      id: userId.data.toLowerCase(),
      tenantId: tenantId.data.toLowerCase(),
      // A plain JSON copy: the SDK's object may carry class instances the store cannot serialise.
      reference: JSON.parse(JSON.stringify(TurnContext.getConversationReference(activity))) as Record<string, unknown>,
      updatedAt: this.deps.clock.now().toISOString(),
    };
    try {
      await this.deps.references.upsert(record);
    } catch (error) {
      // Answering the user matters more than remembering the chat; the next message retries.
      this.deps.log?.error('Could not store the conversation reference', error);
    }
  }
}
