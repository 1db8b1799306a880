import type { BotAdapter, ConversationReference } from 'botbuilder';
import {
  botLocaleOf,
  botMessages,
  formatTimeRange,
  popLink,
  textsFor,
  type BookingNotifier,
  type BookingTexts,
  type ConversationReferenceStore,
  type ConversationView,
  type LinkTarget,
  type PersonStore,
  type PopNotifier,
  type PopRole,
  type PopTexts,
  type PopView,
} from '@koers/domain';
import { popNoticeCard } from './cards/pop';
import { prepCard } from './cards/prep';
import { prepContext } from './flows/preparing';
import { say, show, type Reply } from './flows/reply';
import { replyActivity } from './activities';
import type { BotLogger } from './koersBot';

/**
 * Messages nobody asked for at that moment: the employee hears about their booked, moved or
 * cancelled conversation in their personal chat with Koers, and the other party of a POP hears
 * of an approval or a goal that needs help. The bot SDK sits behind `ProactiveSender`, the Graph
 * installation behind `AppInstaller`.
 */

/** Sends replies into the conversation a stored reference points at; throws when Teams refuses it. */
export interface ProactiveSender {
  send(reference: Record<string, unknown>, replies: Reply[]): Promise<void>;
}

/** botbuilder's way: continue the conversation as the bot and send into it. */
export function botbuilderSender(adapter: Pick<BotAdapter, 'continueConversationAsync'>, botAppId: string): ProactiveSender {
  return {
    send: async (reference, replies) => {
      await adapter.continueConversationAsync(botAppId, reference as Partial<ConversationReference>, async (context) => {
        for (const reply of replies) await context.sendActivity(replyActivity(reply));
      });
    },
  };
}

/**
 * Someone who never opened Koers in Teams has no personal chat to write into. In Azure the app
 * is installed for them through Graph (POST /users/{id}/teamwork/installedApps), after which
 * Teams sends the installation update and Koers stores the reference.
 */
export interface AppInstaller {
  /**
   * 'installed' when the app is (now) installed for the user and a reference to their chat is
   * stored; 'not-configured' where installing cannot be done (local mode); 'failed' when it was
   * tried and did not work (the installer logged why, for the admin).
   */
  installFor(tenantId: string, userId: string): Promise<'installed' | 'not-configured' | 'failed'>;
}

/** Local mode and tests: no Graph, so say so in the log and let the sender give up on this person. */
export function notConfiguredInstaller(log: BotLogger): AppInstaller {
  return {
    installFor: async (tenantId, userId) => {
      log.warn('Koers cannot install itself for a user without Graph (local mode); they get no chat message', { tenantId, userId });
      return 'not-configured';
    },
  };
}

export interface ProactiveNotifierDeps {
  references: ConversationReferenceStore;
  sender: ProactiveSender;
  people: PersonStore;
  installer: AppInstaller;
  /** Where the POP page is (the tab, inside Teams when the app id is known). */
  links: LinkTarget;
  log: BotLogger;
}

interface Recipient {
  tenantId: string;
  userId: string;
  replies: (person: { locale: string; timeZone: string }) => Reply[];
}

/** What a message to the employee is written with: their language and their clock. */
interface EmployeeReader {
  locale: string;
  texts: BookingTexts;
  /** The conversation's time, or any other range, as the employee reads it. */
  when(start?: string, end?: string): string;
}

function popTextsFor(locale: string): PopTexts {
  return textsFor(botMessages.pop, botLocaleOf(locale));
}

export class ProactiveNotifier implements BookingNotifier, PopNotifier {
  constructor(private readonly deps: ProactiveNotifierDeps) {}

  async booked(view: ConversationView): Promise<void> {
    const { conversation, manager } = view;
    await this.tellEmployee(view, (reader) => {
      const prep = prepContext(reader.locale);
      return [
        say(`${reader.texts.employeeBooked(manager.displayName, reader.when())}\n\n${prep.texts.whatItIs}`),
        show(prepCard(prep, { conversationId: conversation.id, managerName: manager.displayName })),
      ];
    });
  }

  async rescheduled(view: ConversationView, previous: { start: string; end: string }): Promise<void> {
    await this.tellEmployee(view, (reader) => [
      say(reader.texts.employeeRescheduled(view.manager.displayName, reader.when(), reader.when(previous.start, previous.end))),
    ]);
  }

  async cancelled(view: ConversationView): Promise<void> {
    const reason = view.conversation.cancelReason;
    await this.tellEmployee(view, (reader) => [
      say([reader.texts.employeeCancelled(view.manager.displayName, reader.when()), ...(reason ? [reader.texts.cancelReason(reason)] : [])].join('\n\n')),
    ]);
  }

  /**
   * One party approved the current version: the other hears it is their turn. Once both did
   * (this was the second approval), both hear the plan is agreed, with the way to the PDF.
   */
  async approved(view: PopView, by: PopRole): Promise<void> {
    const { pop } = view;
    const url = popLink(this.deps.links, pop.id);
    const version = view.current.number;
    if (view.status === 'goedgekeurd') {
      await this.deliver(
        [pop.employeeId, pop.managerId].map((userId) => ({
          tenantId: pop.tenantId,
          userId,
          replies: ({ locale }) => {
            const texts = popTextsFor(locale);
            return [show(popNoticeCard([texts.bothApproved(version), texts.agreementsWhere], { title: texts.openAgreements, url }))];
          },
        })),
      );
      return;
    }
    const byEmployee = by === 'employee';
    await this.deliver([
      {
        tenantId: pop.tenantId,
        userId: byEmployee ? pop.managerId : pop.employeeId,
        replies: ({ locale }) => {
          const texts = popTextsFor(locale);
          const line = byEmployee ? texts.approvedByEmployee(view.employee.displayName, version) : texts.approvedByManager(view.manager.displayName, version);
          return [show(popNoticeCard([line], { title: texts.openPop, url }))];
        },
      },
    ]);
  }

  /** The employee set a goal to "hulp nodig": the manager hears which goal, with the note. */
  async helpNeeded(view: PopView, goalId: string, note?: string): Promise<void> {
    const { pop, employee } = view;
    const goal = view.current.goals.find((g) => g.id === goalId);
    const text = note?.trim();
    await this.deliver([
      {
        tenantId: pop.tenantId,
        userId: pop.managerId,
        replies: ({ locale }) => {
          const texts = popTextsFor(locale);
          const lines = [texts.helpNeeded(employee.displayName, goal?.title ?? texts.aGoal), ...(text ? [texts.note(text)] : [])];
          return [show(popNoticeCard(lines, { title: texts.openPopOf(employee.displayName), url: popLink(this.deps.links, pop.id) }))];
        },
      },
    ]);
  }

  private async tellEmployee(view: ConversationView, write: (reader: EmployeeReader) => Reply[]): Promise<void> {
    const { conversation } = view;
    await this.deliver([
      {
        tenantId: conversation.tenantId,
        userId: conversation.employeeId,
        replies: ({ locale, timeZone }) => {
          const botLocale = botLocaleOf(locale);
          const when = (start = conversation.start, end = conversation.end) => (start && end ? formatTimeRange(start, end, timeZone, botLocale) : '');
          return write({ locale, texts: textsFor(botMessages.booking, botLocale), when });
        },
      },
    ]);
  }

  /**
   * Each recipient on their own: a stale reference (app removed, chat deleted) or a missing one
   * is logged and never stops the others, nor undoes what the manager just did.
   */
  private async deliver(recipients: Recipient[]): Promise<void> {
    await Promise.all(recipients.map((recipient) => this.deliverOne(recipient)));
  }

  private async deliverOne(recipient: Recipient): Promise<void> {
    const { tenantId, userId } = recipient;
    try {
      const person = (await this.deps.people.get(tenantId, userId))?.value;
      let stored = await this.deps.references.get(tenantId, userId);
      if (!stored && (await this.deps.installer.installFor(tenantId, userId)) === 'installed') {
        stored = await this.deps.references.get(tenantId, userId);
      }
      if (!stored) {
        this.deps.log.warn('No Teams chat with this person yet; message not sent', { tenantId, userId });
        return;
      }
      const replies = recipient.replies({ locale: person?.locale ?? 'nl-NL', timeZone: person?.timeZone ?? 'Europe/Amsterdam' });
      await this.deps.sender.send(stored.value.reference, replies);
    } catch (error) {
      this.deps.log.error('Could not send a proactive message', { tenantId, userId }, error);
    }
  }
}
