import { hasRole, matchName, PersonSummary, type Actor, type Person, type PersonStore } from '@koers/domain';
import { choosePersonCard } from '../cards/booking';
import { listAll } from './actor';
import { say, show, type Reply } from './reply';

/**
 * "… met Sanne", "pop van Sanne": which of the manager's own reports is meant. Only reports can
 * be found; someone elsewhere in the organisation gets "not your report", a non-manager the
 * refusal, and an unclear name a card to choose from (its buttons send `chooseVerb`).
 */

export interface FindReportTexts {
  notAManager: string;
  ambiguous: (typed: string) => string;
  notYourReport: (name: string) => string;
  unknownName: (typed: string) => string;
  suggestions: string;
  chooseVerb: string;
}

export type FoundReport = { kind: 'one'; person: Person } | { kind: 'answer'; reply: Reply };

/** The card shows a person by the API's summary (zod drops the rest: working hours, birth year). */
function summary(person: Person): PersonSummary {
  return PersonSummary.parse(person);
}

export async function findReport(people: PersonStore, actor: Actor, typedName: string, texts: FindReportTexts): Promise<FoundReport> {
  const answer = (reply: Reply): FoundReport => ({ kind: 'answer', reply });
  const reports = await listAll((page) => people.listTeam(actor.tenantId, actor.id, page));
  if (reports.length === 0 && !hasRole(actor, 'manager')) return answer(say(texts.notAManager));

  const match = matchName(typedName, reports);
  if (match.kind === 'one') return { kind: 'one', person: match.person };
  if (match.kind === 'ambiguous') return answer(show(choosePersonCard(texts.ambiguous(typedName), undefined, match.candidates.map(summary), texts.chooseVerb)));

  // Someone in the organisation, just not in this manager's team: say so rather than "unknown".
  const reportIds = new Set(reports.map((r) => r.id));
  const others = (await listAll((page) => people.listTenant(actor.tenantId, page))).filter((person) => person.id !== actor.id && !reportIds.has(person.id));
  const elsewhere = matchName(typedName, others);
  if (elsewhere.kind === 'one') return answer(say(texts.notYourReport(elsewhere.person.displayName)));
  if (reports.length === 0) return answer(say(texts.notAManager));
  return answer(show(choosePersonCard(texts.unknownName(typedName), texts.suggestions, match.suggestions.map(summary), texts.chooseVerb)));
}
