/**
 * Activity feed notifications ("Meldingen"): the line Teams shows for each activity type (the same
 * words as the app manifest's templateText, which tests/appPackage.test.ts holds them to), and the
 * tab's bell that lists them in local mode (the preview and topic Koers sends: ../server/activity.ts).
 * Names and the kind of moment only: never what was said or written.
 */
export const notificationsNl = {
  'activity.approvePop': '{person} heeft het POP goedgekeurd: nu jij nog',
  'activity.helpAsked': '{employee} vraagt je hulp bij een doel in het POP',
  'activity.conversationPlanned': '{manager} heeft een loopbaangesprek met je gepland',

  'notifications.open': 'Meldingen',
  'notifications.openCount': '{count, plural, one {Meldingen, # nieuwe} other {Meldingen, # nieuwe}}',
  'notifications.title': 'Meldingen',
  'notifications.loading': 'De meldingen worden geladen…',
  'notifications.empty': 'Nog geen meldingen. Als iemand op je wacht, zie je het hier.',
  'notifications.localNote': 'In Teams staan deze meldingen in je activiteitenfeed.',
  'notifications.error': 'De meldingen konden niet worden geladen.',
  'notifications.close': 'Sluiten',
  'onboarding.permission.TeamsActivity.Send': 'Meldingen in de Teams-activiteitenfeed zetten als iemand op je wacht (alleen namen, nooit de inhoud)',
} as const;

export type NotificationsKey = keyof typeof notificationsNl;

export const notificationsEn: { readonly [K in NotificationsKey]: string } = {
  'activity.approvePop': '{person} approved the POP: your turn',
  'activity.helpAsked': '{employee} asks for your help with a goal in the POP',
  'activity.conversationPlanned': '{manager} planned a career conversation with you',

  'notifications.open': 'Notifications',
  'notifications.openCount': '{count, plural, one {Notifications, # new} other {Notifications, # new}}',
  'notifications.title': 'Notifications',
  'notifications.loading': 'Loading notifications…',
  'notifications.empty': 'No notifications yet. When someone is waiting for you, you will see it here.',
  'notifications.localNote': 'In Teams these notifications are in your activity feed.',
  'notifications.error': 'The notifications could not be loaded.',
  'notifications.close': 'Close',
  'onboarding.permission.TeamsActivity.Send': 'Put notifications in the Teams activity feed when someone is waiting for you (names only, never the content)',
};

/** Flemish: "inplannen", "leidinggevende". */
export const notificationsNlBE: Partial<{ readonly [K in NotificationsKey]: string }> = {
  'activity.conversationPlanned': '{manager} heeft een loopbaangesprek met je ingepland',
};
