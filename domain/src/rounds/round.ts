import { z } from 'zod';
import { IsoDateTime } from '../conversation';
import { Guid, type Person } from '../people';
import { TemplateRef } from '../templates/ref';

/**
 * A conversation round (gespreksronde): HR invites a group of people to have their career
 * conversation with their manager within a period, with one template version. Koers keeps career
 * conversations apart from appraisal, so a round is always one of these two types.
 */
export const RoundConversationType = z.enum(['loopbaangesprek', 'vervolggesprek']);
export type RoundConversationType = z.infer<typeof RoundConversationType>;


/** Koers' own template, read-only, and the default for a round and for a conversation without a round. */
export const BUILT_IN_TEMPLATE: TemplateRef = { templateId: 'koers-standaard', version: 1 };

const IsoDate = z.string().date();

export const RoundAudience = z.discriminatedUnion('kind', [
  /** Everyone in the organisation who has a manager. */
  z.object({ kind: z.literal('organisation') }),
  /** Everyone whose directory department is one of these (compared ignoring case and spaces around). */
  z.object({ kind: z.literal('departments'), departments: z.array(z.string().trim().min(1).max(200)).min(1).max(200) }),
  /** These people by id. */
  z.object({ kind: z.literal('group'), personIds: z.array(Guid).min(1).max(20_000) }),
]);
export type RoundAudience = z.infer<typeof RoundAudience>;

/**
 * concept: HR is still shaping it, nothing was sent; gestart: managers were invited; afgesloten:
 * the period is over or HR closed it (its insight snapshot is taken then).
 */
export const RoundStatus = z.enum(['concept', 'gestart', 'afgesloten']);
export type RoundStatus = z.infer<typeof RoundStatus>;

export const Round = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
    tenantId: Guid,
    name: z.string().trim().min(1).max(120),
    /** First and last day (inclusive, the organisation's calendar). */
    period: z.object({ from: IsoDate, to: IsoDate }),
    audience: RoundAudience,
    conversationType: RoundConversationType,
    template: TemplateRef,
    /** Whether employees in the audience may ask for their conversation themselves. */
    employeesMayStart: z.boolean(),
    /** Whether a manager may plan two conversations of this round on one day. */
    allowSameDay: z.boolean().default(false),
    /** Nudge managers who lag this many weeks before the end (0: no nudges). */
    nudgeWeeksBeforeEnd: z.number().int().min(0).max(26).default(3),
    status: RoundStatus,
    createdBy: Guid,
    createdAt: IsoDateTime,
    startedAt: IsoDateTime.optional(),
    closedAt: IsoDateTime.optional(),
  })
  .refine((r) => r.period.from <= r.period.to, { message: 'de ronde eindigt vóór ze begint', path: ['period', 'to'] });
export type Round = z.infer<typeof Round>;

/**
 * Why someone is not in a round. A fixed, non-medical list on purpose: HR and managers must never
 * record health details here (AVG art. 9), so there is no free text.
 */
export const ExemptionReason = z.enum(['afwezig-verlof', 'proeftijd', 'uit-dienst', 'recent-gesprek', 'anders']);
export type ExemptionReason = z.infer<typeof ExemptionReason>;

/** One person marked as not in one round; id = `${roundId}:${personId}`. */
export const RoundExemption = z.object({
  id: z.string().min(3).max(140),
  tenantId: Guid,
  roundId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
  personId: Guid,
  reason: ExemptionReason,
  /** The HR colleague or manager who set it. */
  setBy: Guid,
  setAt: IsoDateTime,
});
export type RoundExemption = z.infer<typeof RoundExemption>;

export function exemptionId(roundId: string, personId: string): string {
  return `${roundId}:${personId}`;
}

function departmentKey(name: string): string {
  return name.trim().toLocaleLowerCase('nl-NL');
}

/**
 * Who a round is for: the audience's people who are still in the organisation and have someone to
 * hold the conversation with (a manager or a gesprekspartner). Exemptions are not applied here:
 * exempt people are counted apart, not left out.
 */
export function roundMembers(round: Pick<Round, 'audience'>, people: readonly Person[]): Person[] {
  const inAudience = audienceFilter(round.audience);
  return people.filter((p) => !p.leftAt && conversationPartnerOf(p) !== undefined && inAudience(p));
}

function audienceFilter(audience: RoundAudience): (person: Person) => boolean {
  switch (audience.kind) {
    case 'organisation':
      return () => true;
    case 'departments': {
      const wanted = new Set(audience.departments.map(departmentKey));
      return (p) => p.department !== undefined && wanted.has(departmentKey(p.department));
    }
    case 'group': {
      const wanted = new Set(audience.personIds.map((id) => id.toLowerCase()));
      return (p) => wanted.has(p.id.toLowerCase());
    }
  }
}

/** The colleague who holds a member's conversation in a round: their gesprekspartner, else their manager. */
export function conversationPartnerOf(person: Person): string | undefined {
  return person.gesprekspartnerId ?? person.managerId;
}
