import type { Conversation } from '@koers/domain';

/** The employee's next planned conversation from `now` on, if any. */
export function nextConversation(items: Conversation[], employeeId: string, now: Date): Conversation | undefined {
  return items
    .filter((c) => c.employeeId === employeeId && c.status === 'gepland' && c.start && new Date(c.start) >= now)
    .sort((a, b) => Date.parse(a.start ?? '') - Date.parse(b.start ?? ''))[0];
}
