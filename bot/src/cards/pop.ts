import type { PopTexts, PopView } from '@koers/domain';
import { adaptiveCard, heading, text, type AdaptiveCard, type CardAction, type CardElement } from './adaptiveCard';

/** The POP in chat: a notice with a link to the plan's page, and the summary "mijn pop" shows. */

export interface PopCardContext {
  texts: PopTexts;
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
  const { texts } = ctx;
  const own = view.employee.id === readerId;
  const current = view.current;
  const waiting = (['employee', 'manager'] as const)
    .filter((role) => current.approvals[role]?.contentHash !== current.contentHash)
    .map((role) => {
      const person = role === 'employee' ? view.employee : view.manager;
      return person.id === readerId ? texts.you : person.displayName;
    });
  const progressOf = (goalId: string) => view.progress.find((p) => p.goalId === goalId)?.status ?? 'niet-gestart';
  const goals: CardElement[] =
    current.goals.length === 0
      ? [text(texts.noGoals, { isSubtle: true })]
      : [{ type: 'FactSet', facts: current.goals.map((goal) => ({ title: goal.title, value: texts.progressLabels[progressOf(goal.id)] })) }];
  const olderApproval =
    view.status !== 'goedgekeurd' && view.latestApprovedVersion !== undefined ? [text(texts.lastApproved(view.latestApprovedVersion), { isSubtle: true })] : [];
  return adaptiveCard(
    [
      heading(own ? texts.myPopTitle : texts.popOfTitle(view.employee.displayName)),
      text(texts.versionLine(current.number, texts.statusLabels[view.status]), { weight: 'bolder', color: view.status === 'goedgekeurd' ? 'good' : 'default' }),
      ...(waiting.length > 0 ? [text(texts.waitingFor(waiting))] : []),
      ...olderApproval,
      text(texts.goals, { weight: 'bolder', spacing: 'medium' }),
      ...goals,
    ],
    [open(own ? texts.openMyPop : texts.openPopOf(view.employee.displayName), url)],
  );
}
