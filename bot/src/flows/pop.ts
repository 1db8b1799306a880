import { isLeaderOf, NotFoundError, popLink, type LinkTarget, type Actor, type Person, type PersonStore, type PopService } from '@koers/domain';
import { toLocale, type Translate } from '@koers/texts';
import { chatTranslator } from '../cards/chatText';
import { ChoosePersonData, VERBS } from '../cards/actions';
import { popSummaryCard } from '../cards/pop';
import { say, show, type Reply } from './reply';
import { findReport } from './team';

/**
 * "mijn pop" and, for a manager, "pop van Sanne": the current plan in a card (status, version,
 * who still has to approve, the goals with their progress) and a button to the POP page. Plans
 * are reached only through the PopService, which authorises the actor again.
 */

export interface PopFlowDeps {
  pops: PopService;
  people: PersonStore;
  links: LinkTarget;
}

function textsOf(locale: string | undefined): Translate {
  return chatTranslator(toLocale(locale));
}

export class PopFlow {
  constructor(private readonly deps: PopFlowDeps) {}

  /** "mijn pop": the caller's own newest plan, or how a POP comes about. */
  async mine(actor: Actor, locale: string | undefined): Promise<Reply> {
    return (await this.summary(actor, actor, locale)) ?? say(textsOf(locale)('bot.pop.noPop'));
  }

  /** "pop van <name>": a report's newest plan. */
  async of(actor: Actor, typedName: string, locale: string | undefined): Promise<Reply> {
    const t = textsOf(locale);
    if (!typedName) return say(t('bot.pop.askWhose'));
    const found = await findReport(this.deps.people, actor, typedName, {
      notAManager: t('bot.pop.notAManager'),
      notYourReport: (name) => t('bot.pop.notYourReport', { name }),
      ambiguous: (typed) => t('bot.booking.ambiguous', { typed }),
      unknownName: (typed) => t('bot.booking.unknownName', { typed }),
      suggestions: t('bot.booking.suggestions'),
      chooseVerb: VERBS.popOf,
    });
    return found.kind === 'one' ? this.ofReport(actor, found.person, locale) : found.reply;
  }

  /** The "which Sanne?" card's button; undefined when the data is not what it sends. */
  async act(actor: Actor, data: unknown, locale: string | undefined): Promise<Reply | undefined> {
    const parsed = ChoosePersonData.safeParse(data);
    if (!parsed.success) return undefined;
    const employee = (await this.deps.people.get(actor.tenantId, parsed.data.employeeId))?.value;
    // A card forwarded to someone else, or a report who moved to another manager meanwhile.
    if (!employee || !isLeaderOf(employee, actor.id)) return say(textsOf(locale)('bot.pop.notYourReport', { name: employee?.displayName ?? '?' }));
    return this.ofReport(actor, employee, locale);
  }

  private async ofReport(actor: Actor, employee: Person, locale: string | undefined): Promise<Reply> {
    return (await this.summary(actor, employee, locale)) ?? say(textsOf(locale)('bot.pop.noPopFor', { name: employee.displayName }));
  }

  /** The newest plan of `employee` as `actor` may see it; undefined when there is none (for them). */
  private async summary(actor: Actor, employee: Person, locale: string | undefined): Promise<Reply | undefined> {
    try {
      const [newest] = (await this.deps.pops.list(actor, employee.id)).pops;
      if (!newest) return undefined;
      const view = await this.deps.pops.get(actor, newest.id);
      return show(popSummaryCard({ t: textsOf(locale) }, view, actor.id, popLink(this.deps.links, view.pop.id)));
    } catch (error) {
      // A plan made with a previous manager is not the new manager's to read: as good as none.
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }
  }
}
