import type { Conversation } from '@koers/domain';

/** Planned conversations from `now` on, soonest first (cancelled and past ones drop out). */
export function upcoming(items: readonly Conversation[], now: Date, where: (c: Conversation) => boolean = () => true): Conversation[] {
  return items
    .filter((c) => c.status === 'gepland' && c.start !== undefined && Date.parse(c.end ?? c.start) >= now.getTime() && where(c))
    .sort((a, b) => Date.parse(a.start ?? '') - Date.parse(b.start ?? ''));
}
