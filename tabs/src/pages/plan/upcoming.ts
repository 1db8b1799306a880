import { isHeld, type Conversation } from '@koers/domain';

/** Planned conversations not yet held (still to come or under way), soonest first. */
export function upcoming(items: readonly Conversation[], now: Date, where: (c: Conversation) => boolean = () => true): Conversation[] {
  return items
    .filter((c) => c.status === 'gepland' && c.start !== undefined && !isHeld(c, now) && where(c))
    .sort((a, b) => Date.parse(a.start ?? '') - Date.parse(b.start ?? ''));
}
