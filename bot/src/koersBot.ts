import { ActivityHandler, TurnContext, type Activity } from 'botbuilder';
import {
  botMessages,
  Guid,
  languageOf,
  type Clock,
  type ConversationReferenceStore,
  type StoredConversationReference,
} from '@koers/domain';
import { parseCommand } from './commands';

/**
 * The Teams bot's behaviour, kept apart from hosting (functions/src/botEndpoint.ts feeds it
 * activities through botbuilder's CloudAdapter; tests feed it through TestAdapter).
 */

export interface BotLogger {
  warn(message: string, ...args: unknown[]): void;
  error(message: string, ...args: unknown[]): void;
}

export interface KoersBotDeps {
  references: ConversationReferenceStore;
  clock: Clock;
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

export class KoersBot extends ActivityHandler {
  constructor(private readonly deps: KoersBotDeps) {
    super();

    this.onMessage(async (context, next) => {
      await this.rememberConversation(context);
      const text = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text;
      const language = languageOf(context.activity.locale);
      const command = parseCommand(text);
      const reply = command.kind === 'help' ? botMessages.help[language] : botMessages.unknownCommand[language];
      await context.sendActivity(reply);
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
        await context.sendActivity(botMessages.welcome[languageOf(context.activity.locale)]);
      }
      await next();
    });
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
