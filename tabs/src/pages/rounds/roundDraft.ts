import { BUILT_IN_TEMPLATE, type RoundAudience, type RoundInput, type RoundResponse } from '@koers/domain';

/** The round form's state: what HR typed, kept as typed until it is saved (a failed save loses nothing). */
export interface RoundDraft {
  name: string;
  from: string;
  to: string;
  audienceKind: RoundAudience['kind'];
  departments: string[];
  personIds: string[];
  conversationType: RoundInput['conversationType'];
  template: RoundInput['template'];
  employeesMayStart: boolean;
  allowSameDay: boolean;
  nudgeWeeksBeforeEnd: number;
}

export const NUDGE_WEEK_CHOICES = [0, 1, 2, 3, 4, 5, 6] as const;

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A new round: the whole organisation, starting in four weeks for two months. */
export function newDraft(today: Date): RoundDraft {
  const from = new Date(today.getTime() + 28 * 86_400_000);
  const to = new Date(from.getTime() + 59 * 86_400_000);
  return {
    name: '',
    from: isoDay(from),
    to: isoDay(to),
    audienceKind: 'organisation',
    departments: [],
    personIds: [],
    conversationType: 'loopbaangesprek',
    template: BUILT_IN_TEMPLATE,
    employeesMayStart: true,
    allowSameDay: false,
    nudgeWeeksBeforeEnd: 3,
  };
}

export function draftOf({ round }: RoundResponse): RoundDraft {
  return {
    name: round.name,
    from: round.period.from,
    to: round.period.to,
    audienceKind: round.audience.kind,
    departments: round.audience.kind === 'departments' ? round.audience.departments : [],
    personIds: round.audience.kind === 'group' ? round.audience.personIds : [],
    conversationType: round.conversationType,
    template: round.template,
    employeesMayStart: round.employeesMayStart,
    allowSameDay: round.allowSameDay,
    nudgeWeeksBeforeEnd: round.nudgeWeeksBeforeEnd,
  };
}

export type DraftProblem = 'name' | 'period' | 'audience';

/** What the form can tell before asking the server (which checks the rest and says why). */
export function draftProblems(draft: RoundDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (draft.name.trim() === '') problems.push('name');
  if (!draft.from || !draft.to || draft.from > draft.to) problems.push('period');
  if ((draft.audienceKind === 'departments' && draft.departments.length === 0) || (draft.audienceKind === 'group' && draft.personIds.length === 0)) problems.push('audience');
  return problems;
}

export function inputOf(draft: RoundDraft): RoundInput {
  const audience: RoundAudience =
    draft.audienceKind === 'departments'
      ? { kind: 'departments', departments: draft.departments }
      : draft.audienceKind === 'group'
        ? { kind: 'group', personIds: draft.personIds }
        : { kind: 'organisation' };
  return {
    name: draft.name.trim(),
    period: { from: draft.from, to: draft.to },
    audience,
    conversationType: draft.conversationType,
    template: draft.template,
    employeesMayStart: draft.employeesMayStart,
    allowSameDay: draft.allowSameDay,
    nudgeWeeksBeforeEnd: draft.nudgeWeeksBeforeEnd,
  };
}

/** Toggles one value in a list, keeping its order. */
export function toggled(list: readonly string[], value: string, on: boolean): string[] {
  return on ? (list.includes(value) ? [...list] : [...list, value]) : list.filter((v) => v !== value);
}
