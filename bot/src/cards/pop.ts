import type { PopView } from '@koers/domain';
import type { Translate } from '@koers/texts';
import { plainText } from './chatText';
import { adaptiveCard, heading, text, type AdaptiveCard, type CardAction, type CardElement } from './adaptiveCard';

/** The POP in chat: a notice with a link to the plan's page, and the summary "mijn pop" shows. */

export interface PopCardContext {
  t: Translate;
}

function open(title: string, url: string): CardAction {
  return { type: 'Action.OpenUrl', title, url };
}

/** A proactive notice: what happened, and one button to the POP page. */
export function popNoticeCard(lines: string[], button: { title: string; url: string }): AdaptiveCard {
  return adaptiveCard(
    lines.map((line) => text(line)),
    [open(button.title, button.url)],
  );
}

/**
 * The plan as the reader sees it in chat: status and version, who still has to approve, each goal
 * of the current version with its progress, and a button to the POP page. `readerId` decides
 * whether "you" or a name is waiting, and the title ("Mijn POP" or "POP van Sanne").
 */
export function popSummaryCard(ctx: PopCardContext, view: PopView, readerId: string, url: string): AdaptiveCard {
  const { t } = ctx;
  const own = view.employee.id === readerId;
  const current = view.current;
  const approved = (role: 'employee' | 'manager') => current.approvals[role]?.contentHash === current.contentHash;
  const waiting = (['employee', 'manager'] as const).filter((role) => !approved(role));
  const progressOf = (goalId: string) => view.progress.find((p) => p.goalId === goalId)?.status ?? 'niet-gestart';
  const goals: CardElement[] =
    current.goals.length === 0
      ? [text(t('bot.pop.noGoals'), { isSubtle: true })]
      : [{ type: 'FactSet', facts: current.goals.map((goal) => ({ title: plainText(goal.title), value: t(`bot.pop.progress-${progressOf(goal.id)}`) })) }];
  const olderApproval =
    view.status !== 'goedgekeurd' && view.latestApprovedVersion !== undefined
      ? [text(t('bot.pop.lastApproved', { version: view.latestApprovedVersion }), { isSubtle: true })]
      : [];
  return adaptiveCard(
    [
      heading(own ? t('bot.pop.myPopTitle') : t('bot.pop.popOfTitle', { name: view.employee.displayName })),
      text(t('bot.pop.versionLine', { version: current.number, status: t(`bot.pop.status-${view.status}`) }), {
        weight: 'bolder',
        color: view.status === 'goedgekeurd' ? 'good' : 'default',
      }),
      ...waitingLine(t, view, readerId, waiting),
      ...olderApproval,
      text(t('bot.pop.goals'), { weight: 'bolder', spacing: 'medium' }),
      ...goals,
    ],
    [open(own ? t('bot.pop.openMyPop') : t('bot.pop.openPopOf', { name: view.employee.displayName }), url)],
  );
}

/** Who still has to approve the current version: "jou" for the reader, a name for the other. */
function waitingLine(t: Translate, view: PopView, readerId: string, waiting: readonly ('employee' | 'manager')[]): CardElement[] {
  const [only] = waiting;
  if (only === undefined) return [];
  if (waiting.length === 1) {
    const person = only === 'employee' ? view.employee : view.manager;
    return [text(t('bot.pop.waitingForOne', { who: person.id === readerId ? 'me' : 'other', name: person.displayName }))];
  }
  const reader = view.employee.id === readerId ? 'employee' : view.manager.id === readerId ? 'manager' : 'other';
  return [text(t('bot.pop.waitingForBoth', { reader, employee: view.employee.displayName, manager: view.manager.displayName }))];
}
