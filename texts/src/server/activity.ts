/**
 * What Koers sends with an activity feed notification (the line itself: ../tab/notifications.ts):
 * the topic Teams shows under it and the preview. Names and the kind of moment only — never a
 * goal's title, an answer or a note.
 */
export const activityNl = {
  'activity.topic.pop': 'POP van {employee}',
  'activity.topic.conversation': 'Loopbaangesprek',
  'activity.preview.approvePop': 'Lees het POP na en keur het goed; daarna geldt het voor jullie allebei.',
  'activity.preview.helpAsked': 'Open het POP om te zien bij welk doel {employee} hulp vraagt.',
  'activity.preview.conversationPlanned': 'Bereid je voor met de vragen die Koers je in de chat stuurt.',
} as const;

type ActivityKey = keyof typeof activityNl;

export const activityEn: { readonly [K in ActivityKey]: string } = {
  'activity.topic.pop': "{employee}'s POP",
  'activity.topic.conversation': 'Career conversation',
  'activity.preview.approvePop': 'Read the POP and approve it; then it applies to you both.',
  'activity.preview.helpAsked': 'Open the POP to see which goal {employee} needs help with.',
  'activity.preview.conversationPlanned': 'Prepare with the questions Koers sends you in chat.',
};
