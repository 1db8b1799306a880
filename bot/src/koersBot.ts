import { ActivityHandler, TurnContext, type Activity, type InvokeResponse } from 'botbuilder';
import {
  Guid,
  type BookingService,
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
import { toLocale } from '@koers/texts';
import { chatTranslator } from './cards/chatText';
import { replyActivity } from './activities';
import { CardActionValue, VERBS } from './cards/actions';
import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCard } from './cards/adaptiveCard';
import { parseCommand } from './commands';
import { refusalOf, refusalText, resolveActor } from './flows/actor';
import { CheckIns, type CheckInStep } from './flows/checkIns';
import { Planning } from './flows/planning';
import { PopFlow } from './flows/pop';
import { Preparing } from './flows/preparing';
import { say, type Reply, type Speaker } from './flows/reply';

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
  /** Who holds a Koers app role (Koers.HR, Koers.Admin): a bot turn carries no token with a `roles` claim. */
  roleAssignments: RoleAssignmentStore;
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
} as const satisfies Record<
  string,
  | { flow: 'planning'; step: 'pick' | 'more' | 'choose' }
  | { flow: 'preparing'; step: 'save' | 'edit' }
  | { flow: 'pop'; step: 'of' }
  | { flow: 'checkIns'; step: CheckInStep }
>;

function isKnownVerb(verb: string): verb is keyof typeof VERB_ROUTES {
  return Object.hasOwn(VERB_ROUTES, verb);
}

export class KoersBot extends ActivityHandler {
  private readonly planning: Planning;
  private readonly preparing: Preparing;
  private readonly pop: PopFlow;
  private readonly checkIns: CheckIns;

  constructor(private readonly deps: KoersBotDeps) {
    super();
    this.planning = new Planning(deps);
    this.preparing = new Preparing(deps);
    this.pop = new PopFlow(deps);
    this.checkIns = new CheckIns(deps);

    this.onMessage(async (context, next) => {
      await this.rememberConversation(context);
      const text = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text;
      const reply = await this.answerMessage(speakerOf(context.activity), text);
      await context.sendActivity(replyActivity(reply));
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
        await context.sendActivity(chatTranslator(toLocale(context.activity.locale))('bot.welcome'));
      }
      await next();
    });
  }

  /** Action.Execute arrives as an `adaptiveCard/action` invoke; its answer can replace the card. */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse<CardActionResponse>> {
    // The SDK types the answers of the invokes it handles itself with an `any` body.
    if (context.activity.name !== 'adaptiveCard/action') return super.onInvokeActivity(context) as Promise<InvokeResponse<CardActionResponse>>;
    await this.rememberConversation(context);
    const answer = invokeAnswer(await this.answerCardAction(speakerOf(context.activity), context.activity.value));
    return { status: 200, body: answer };
  }

  private async answerMessage(speaker: Speaker, text: string | undefined): Promise<Reply> {
    const t = chatTranslator(toLocale(speaker.locale));
    const command = parseCommand(text);
    switch (command.kind) {
      case 'help':
        return say(t('bot.help'));
      case 'unknown':
        return say(t('bot.unknownCommand'));
      case 'prepare':
        return say(t('bot.prep.whereToPrepare'));
      case 'pop':
        return this.guarded(speaker, (actor) =>
          command.name === undefined ? this.pop.mine(actor, speaker.locale) : this.pop.of(actor, command.name, speaker.locale),
        );
      case 'plan':
        return this.guarded(speaker, (actor) => this.planning.plan(actor, command.name, speaker.locale));
    }
  }

  private async answerCardAction(speaker: Speaker, value: unknown): Promise<Reply> {
    const staleCard = () => say(refusalText(chatTranslator(toLocale(speaker.locale)), 'stale-card'));
    const parsed = CardActionValue.safeParse(value);
    if (!parsed.success || !isKnownVerb(parsed.data.action.verb)) return staleCard();
    const route = VERB_ROUTES[parsed.data.action.verb];
    const data = parsed.data.action.data;
    return this.guarded(speaker, async (actor) => {
      const reply =
        route.flow === 'planning'
          ? await this.planning.act(actor, route.step, data, speaker.locale)
          : route.flow === 'preparing'
            ? await this.preparing.act(actor, route.step, data, speaker.locale)
            : route.flow === 'pop'
              ? await this.pop.act(actor, data, speaker.locale)
              : await this.checkIns.act(actor, route.step, data, speaker.locale);
      return reply ?? staleCard();
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
