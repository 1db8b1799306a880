import { z } from 'zod';

/**
 * Request bodies of the Graph calls Koers makes, written from Microsoft's documentation
 * (microsoft-graph-docs-contrib, api-reference/v1.0), not from the adapter: strict, so a property
 * the documentation does not list is a failure too.
 *
 * - calendar-getschedule.md: schedules (String collection, SMTP addresses), startTime/endTime
 *   (dateTimeTimeZone), availabilityViewInterval (Int32, 5…1440, optional); at most 20 schedules
 *   and a period under 62 days (concepts/outlook-get-free-busy-schedule.md).
 * - user-post-events.md + resources/event.md + concepts/outlook-calendar-online-meetings.md:
 *   subject, body (itemBody), start/end, location, attendees, allowNewTimeProposals,
 *   isOnlineMeeting, onlineMeetingProvider, transactionId.
 * - event-update.md: only the properties of its request-body table.
 * - event-cancel.md: comment (String, optional).
 */

/** resources/datetimetimezone.md: "2019-03-15T09:00:00" plus a time zone name. */
export const DateTimeTimeZoneDoc = z.strictObject({
  dateTime: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?$/, 'dateTime without offset'),
  timeZone: z.string().min(1),
});

export const GetScheduleRequestDoc = z
  .strictObject({
    schedules: z.array(z.string().email()).min(1).max(20),
    startTime: DateTimeTimeZoneDoc,
    endTime: DateTimeTimeZoneDoc,
    availabilityViewInterval: z.number().int().min(5).max(1440).optional(),
  })
  .refine((b) => Date.parse(`${b.endTime.dateTime}Z`) - Date.parse(`${b.startTime.dateTime}Z`) < 62 * 86_400_000, {
    message: 'the period must be less than 62 days',
  });

/** resources/itembody.md: contentType text or html (the examples write "HTML"). */
const ItemBodyDoc = z.strictObject({ contentType: z.string().regex(/^(text|html)$/i), content: z.string() });

/** resources/location.md (the part Koers may send). */
const LocationDoc = z.strictObject({ displayName: z.string(), locationType: z.string().optional() });

/** resources/attendee.md: emailAddress + type required/optional/resource. */
const AttendeeDoc = z.strictObject({
  emailAddress: z.strictObject({ address: z.string().email(), name: z.string().optional() }),
  type: z.enum(['required', 'optional', 'resource']),
});

export const CreateEventRequestDoc = z.strictObject({
  subject: z.string(),
  body: ItemBodyDoc,
  start: DateTimeTimeZoneDoc,
  end: DateTimeTimeZoneDoc,
  location: LocationDoc.optional(),
  attendees: z.array(AttendeeDoc),
  allowNewTimeProposals: z.boolean().optional(),
  isOnlineMeeting: z.boolean().optional(),
  onlineMeetingProvider: z.enum(['unknown', 'teamsForBusiness', 'skypeForBusiness', 'skypeForConsumer']).optional(),
  sensitivity: z.enum(['normal', 'personal', 'private', 'confidential']).optional(),
  transactionId: z.string().optional(),
});

export const UpdateEventRequestDoc = z.strictObject({
  attendees: z.array(AttendeeDoc).optional(),
  body: ItemBodyDoc.optional(),
  categories: z.array(z.string()).optional(),
  end: DateTimeTimeZoneDoc.optional(),
  hideAttendees: z.boolean().optional(),
  importance: z.enum(['low', 'normal', 'high']).optional(),
  isAllDay: z.boolean().optional(),
  isOnlineMeeting: z.boolean().optional(),
  isReminderOn: z.boolean().optional(),
  location: LocationDoc.optional(),
  locations: z.array(LocationDoc).optional(),
  onlineMeetingProvider: z.enum(['teamsForBusiness', 'skypeForBusiness', 'skypeForConsumer']).optional(),
  reminderMinutesBeforeStart: z.number().int().optional(),
  responseRequested: z.boolean().optional(),
  sensitivity: z.enum(['normal', 'personal', 'private', 'confidential']).optional(),
  showAs: z.enum(['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown']).optional(),
  start: DateTimeTimeZoneDoc.optional(),
  subject: z.string().optional(),
});

export const CancelEventRequestDoc = z.strictObject({ comment: z.string().optional() });

export type GetScheduleRequestDoc = z.infer<typeof GetScheduleRequestDoc>;
export type CreateEventRequestDoc = z.infer<typeof CreateEventRequestDoc>;

export { graphErrorBody } from '../../graph/__tests__/graphErrors';

/**
 * api/onlinemeeting-update.md (v1.0) + resources/lobbybypasssettings.md: the properties an update
 * may carry (only those), and the lobby's documented scopes.
 */
export const LobbyBypassSettingsDoc = z.strictObject({
  scope: z.enum(['organizer', 'organization', 'organizationAndFederated', 'everyone', 'unknownFutureValue', 'invited', 'organizationExcludingGuests']).optional(),
  isDialInBypassEnabled: z.boolean().optional(),
});

export const UpdateOnlineMeetingRequestDoc = z.strictObject({
  allowAttendeeToEnableCamera: z.boolean().optional(),
  allowAttendeeToEnableMic: z.boolean().optional(),
  allowBreakoutRooms: z.boolean().optional(),
  allowCopyingAndSharingMeetingContent: z.boolean().optional(),
  allowedLobbyAdmitters: z.enum(['organizerAndCoOrganizersAndPresenters', 'organizerAndCoOrganizers', 'unknownFutureValue']).optional(),
  allowedPresenters: z.enum(['everyone', 'organization', 'roleIsPresenter', 'organizer', 'unknownFutureValue']).optional(),
  allowMeetingChat: z.enum(['enabled', 'disabled', 'limited', 'unknownFutureValue']).optional(),
  allowPowerPointSharing: z.boolean().optional(),
  allowRecording: z.boolean().optional(),
  allowTeamworkReactions: z.boolean().optional(),
  allowTranscription: z.boolean().optional(),
  allowWhiteboard: z.boolean().optional(),
  isEntryExitAnnounced: z.boolean().optional(),
  lobbyBypassSettings: LobbyBypassSettingsDoc.optional(),
  recordAutomatically: z.boolean().optional(),
  subject: z.string().optional(),
});
