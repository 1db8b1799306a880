import { z } from 'zod';
import { Guid } from '../people';
import { ExemptionReason, Round, RoundAudience, RoundConversationType, BUILT_IN_TEMPLATE } from './round';
import { TemplateRef } from '../templates/ref';

/** The round as HR writes it: everything but its state, which only start and close change. */
export const RoundInput = z
  .object({
    name: z.string().trim().min(1).max(120),
    period: z.object({ from: z.string().date(), to: z.string().date() }),
    audience: RoundAudience,
    conversationType: RoundConversationType.default('loopbaangesprek'),
    template: TemplateRef.default(BUILT_IN_TEMPLATE),
    employeesMayStart: z.boolean().default(false),
    allowSameDay: z.boolean().default(false),
    nudgeWeeksBeforeEnd: z.number().int().min(0).max(26).default(3),
  })
  .strict()
  .refine((r) => r.period.from <= r.period.to, { message: 'de ronde eindigt vóór ze begint', path: ['period', 'to'] });
export type RoundInput = z.infer<typeof RoundInput>;

/** A round with who it is for: members (the audience with a manager or gesprekspartner) and how many of them are exempt. */
export const RoundResponse = z.object({
  round: Round,
  etag: z.string(),
  members: z.number().int().min(0),
  exempt: z.number().int().min(0),
});
export type RoundResponse = z.infer<typeof RoundResponse>;

export const RoundListResponse = z.object({ rounds: z.array(RoundResponse) });
export type RoundListResponse = z.infer<typeof RoundListResponse>;

export const ExemptionInput = z.object({ reason: ExemptionReason }).strict();
export type ExemptionInput = z.infer<typeof ExemptionInput>;

/** One member of a round as HR or their manager sees them: who, with whom, and whether exempt. Never anything of a conversation. */
export const RoundMemberView = z.object({
  personId: Guid,
  displayName: z.string(),
  department: z.string().optional(),
  partnerId: Guid,
  partnerName: z.string(),
  exemption: z.object({ reason: ExemptionReason, setAt: z.string() }).optional(),
});
export type RoundMemberView = z.infer<typeof RoundMemberView>;

export const RoundMembersResponse = z.object({ roundId: z.string(), members: z.array(RoundMemberView) });
export type RoundMembersResponse = z.infer<typeof RoundMembersResponse>;

/** For a manager: each running round with the members they hold conversations with. */
export const TeamRoundsResponse = z.object({
  rounds: z.array(
    z.object({
      round: z.object({ id: z.string(), name: z.string(), period: z.object({ from: z.string(), to: z.string() }), conversationType: RoundConversationType }),
      members: z.array(RoundMemberView),
    }),
  ),
});
export type TeamRoundsResponse = z.infer<typeof TeamRoundsResponse>;

/** What HR picks an audience from: the directory's departments and people. */
export const RoundDirectoryResponse = z.object({
  departments: z.array(z.object({ name: z.string(), people: z.number().int().min(0) })),
  people: z.array(z.object({ id: Guid, displayName: z.string(), department: z.string().optional() })),
});
export type RoundDirectoryResponse = z.infer<typeof RoundDirectoryResponse>;

export const RoundIdParams = z.object({ roundId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/) });
export const RoundPersonParams = RoundIdParams.extend({ personId: Guid });
