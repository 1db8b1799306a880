import {
  formatTimeRange,
  hasRole,
  matchName,
  type Actor,
  type BookingService,
  type Conversation,
  type Person,
  type PersonStore,
  type TimeHint,
} from '@koers/domain';
import type { PeopleService } from '@koers/app';
import { toLocale, type Translate } from '@koers/texts';
import { chatTranslator } from '../cards/chatText';
import { ChangeData } from '../cards/actions';
import { adaptiveCard, text } from '../cards/adaptiveCard';
import { confirmChangeCard, suggestionsCard } from '../cards/chat';
import { refusalText, listAll } from './actor';
import { formattedWish, wishOf, type Planning } from './planning';
import { say, show, type Reply } from './reply';

/**
 * A person's own conversations in chat: when the next one is, asking their manager for one,
 * and (the manager) moving or cancelling one — which never happens without the "yes" on the
 * card that names the conversation and its time.
 */

export interface ConversationsDeps {
  booking: BookingService;
  people: PersonStore;
  peopleService: Pick<PeopleService, 'conversations'>;
  clock: { now(): Date };
}

type Upcoming = { conversation: Conversation; role: 'employee' | 'manager' };

function textsOf(locale: string | undefined): Translate {
  return chatTranslator(toLocale(locale));
}

export class Conversations {
  constructor(
    private readonly deps: ConversationsDeps,
    private readonly planning: Planning,
  ) {}

  /** The planned conversations still to come, soonest first: the actor's own (as employee), or those they hold. */
  private async upcoming(actor: Actor, scope: 'mine' | 'team'): Promise<Conversation[]> {
    if (scope === 'team' && !hasRole(actor, 'manager')) return [];
    const now = this.deps.clock.now().getTime();
    const all: Conversation[] = [];
    let continuationToken: string | undefined;
    for (let page = 0; page < 10; page++) {
      const found = await this.deps.peopleService.conversations(actor, scope, { maxItems: 100, ...(continuationToken ? { continuationToken } : {}) });
      all.push(...found.items);
      continuationToken = found.continuationToken;
      if (!continuationToken) break;
    }
    return all
      .filter((c) => c.status === 'gepland' && c.end !== undefined && Date.parse(c.end) > now)
      .sort((a, b) => Date.parse(a.start ?? '') - Date.parse(b.start ?? ''));
  }

  private async next(actor: Actor): Promise<Upcoming | undefined> {
    const [mine] = await this.upcoming(actor, 'mine');
    if (mine) return { conversation: mine, role: 'employee' };
    const [held] = await this.upcoming(actor, 'team');
    return held ? { conversation: held, role: 'manager' } : undefined;
  }

  /** The actor's own next planned conversation (as employee): what "wat moet ik voorbereiden" is about. */
  async nextOwnId(actor: Actor): Promise<string | undefined> {
    return (await this.upcoming(actor, 'mine'))[0]?.id;
  }

  private when(c: Conversation, actor: Actor, locale: string | undefined): string {
    return c.start && c.end ? formatTimeRange(c.start, c.end, actor.timeZone, toLocale(locale)) : '';
  }

  private async nameOf(actor: Actor, id: string): Promise<string> {
    return (await this.deps.people.get(actor.tenantId, id))?.value.displayName ?? '?';
  }

  /** "wanneer is mijn gesprek". */
  async whenIsMine(actor: Actor, locale: string | undefined): Promise<Reply> {
    const t = textsOf(locale);
    const next = await this.next(actor);
    if (!next) return show(suggestionsCard(t, t('bot.when.none'), hasRole(actor, 'manager') && !actor.managerId ? ['plan'] : ['ask']));
    const other = next.role === 'employee' ? next.conversation.managerId : next.conversation.employeeId;
    return say(t('bot.when.planned', { name: await this.nameOf(actor, other), when: this.when(next.conversation, actor, locale) }));
  }

  /** An employee's wish: their manager gets the proposals card. */
  async request(actor: Actor, locale: string | undefined, hint?: TimeHint): Promise<Reply> {
    const t = textsOf(locale);
    const wish = hint ? wishOf(hint, actor.timeZone, this.deps.clock.now()) : undefined;
    const { manager } = await this.deps.booking.request(actor, wish ? { wish } : {});
    return say(wish ? t('bot.request.sentWish', { manager: manager.displayName, ...formattedWish(wish, toLocale(locale)) }) : t('bot.request.sent', { manager: manager.displayName }));
  }

  /**
   * "ik wil een gesprek (met Linda)" and "plan een gesprek (met Sanne)": someone in the actor's
   * team named → the manager's proposals; otherwise a wish for their own conversation, which
   * goes to their manager. A manager without a manager who names nobody is asked whom.
   */
  async askOrPlan(actor: Actor, intent: { kind: 'ask' | 'plan'; name: string; hint?: TimeHint }, locale: string | undefined): Promise<Reply> {
    const leads = hasRole(actor, 'manager');
    if (intent.name) {
      if (leads) {
        const reports = await listAll((page) => this.deps.people.listTeam(actor.tenantId, actor.id, page));
        if (matchName(intent.name, reports).kind !== 'none') return this.planning.plan(actor, intent.name, locale, intent.hint);
      }
      const ownManager = actor.managerId ? (await this.deps.people.get(actor.tenantId, actor.managerId))?.value : undefined;
      if (ownManager && matchName(intent.name, [ownManager]).kind === 'one') return this.request(actor, locale, intent.hint);
      // Someone else: the manager hears who that is not (planning's answers); anyone else that only a manager plans.
      return leads ? this.planning.plan(actor, intent.name, locale, intent.hint) : say(refusalText(textsOf(locale), 'not-a-manager'));
    }
    if (leads && (intent.kind === 'plan' || !actor.managerId)) return this.planning.plan(actor, '', locale, intent.hint);
    if (!actor.managerId) return say(refusalText(textsOf(locale), 'no-manager'));
    return this.request(actor, locale, intent.hint);
  }

  /** "annuleer / verzet mijn gesprek (met Sanne)": the question with its one "yes", never the change itself. */
  async confirm(actor: Actor, change: 'cancel' | 'move', typedName: string, locale: string | undefined): Promise<Reply> {
    const t = textsOf(locale);
    const held = await this.upcoming(actor, 'team');
    let target = held[0];
    if (typedName && held.length > 0) {
      const employees = (await Promise.all(held.map((c) => this.deps.people.get(actor.tenantId, c.employeeId)))).flatMap((p) => (p ? [p.value] : []));
      const match = matchName(typedName, employees);
      const meant: Person | undefined = match.kind === 'one' ? match.person : undefined;
      target = meant ? held.find((c) => c.employeeId === meant.id) : undefined;
    }
    if (!target) {
      const [mine] = await this.upcoming(actor, 'mine');
      if (mine) return say(t('bot.change.askManager', { manager: await this.nameOf(actor, mine.managerId), when: this.when(mine, actor, locale) }));
      return say(t('bot.change.nothingPlanned'));
    }
    const view = await this.deps.booking.get(actor, target.id);
    const name = view.employee.displayName;
    const when = this.when(target, actor, locale);
    const question = change === 'cancel' ? t('bot.change.confirmCancel', { name, when }) : t('bot.change.confirmMove', { name, when });
    return show(confirmChangeCard(t, change, question, { conversationId: target.id, employeeId: target.employeeId, etag: view.etag }));
  }

  /** The confirmation's buttons; undefined when the data is not what they send. */
  async act(actor: Actor, step: 'cancel' | 'move' | 'keep', data: unknown, locale: string | undefined): Promise<Reply | undefined> {
    const t = textsOf(locale);
    if (step === 'keep') return show(adaptiveCard([text(t('bot.change.kept'))]));
    const parsed = ChangeData.safeParse(data);
    if (!parsed.success) return undefined;
    const { conversationId, employeeId, etag } = parsed.data;
    if (step === 'move') return this.planning.proposals(actor, employeeId, locale, { conversationId });
    // The etag the question was asked with: a conversation changed since is not cancelled on an old "yes".
    const view = await this.deps.booking.cancel(actor, conversationId, {}, etag);
    const { start, end } = view.conversation;
    const when = start && end ? formatTimeRange(start, end, actor.timeZone, toLocale(locale)) : '';
    return show(adaptiveCard([text(t('bot.change.cancelled', { name: view.employee.displayName, when }))]));
  }
}
