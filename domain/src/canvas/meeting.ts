/**
 * Finding the conversation of a Teams meeting without storing anything extra at booking: the
 * meeting's chat thread id (19:meeting_…@thread.v2) is in the join URL booking already stores,
 * and it is what the tab learns from `app.getContext()` (chat.id, or inside meeting.id).
 */
const THREAD = /19:meeting_[A-Za-z0-9_-]+@thread\.v2/;

export function meetingThreadOfJoinUrl(joinUrl: string | undefined): string | undefined {
  if (!joinUrl) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(joinUrl);
  } catch {
    return undefined;
  }
  return THREAD.exec(decoded)?.[0];
}

/**
 * Teams' `meeting.id` is base64 of "0#19:meeting_…@thread.v2#0" (the form is undocumented, so the
 * thread id is searched for); a chat id is the thread id itself.
 */
export function meetingThreadOfContextId(id: string, decodeBase64: (s: string) => string): string | undefined {
  const direct = THREAD.exec(id)?.[0];
  if (direct) return direct;
  try {
    return THREAD.exec(decodeBase64(id))?.[0];
  } catch {
    return undefined;
  }
}
