/**
 * Everything Koers does, one folder a capability. Use cases depend on the ports of @koers/domain
 * only and throw domain errors; the adapters in functions/ and bot/ call them.
 */
export { actorFromDirectory, actorFromToken } from './directory/actors';
export { createBookingService, type BookingServiceOptions } from './booking/bookingService';
export { createOutbox, type OutboxOptions } from './outbox/outbox';
export { createPreparationService, type PreparationServiceOptions } from './preparation/preparationService';
export { withPreparationBroadcast } from './preparation/preparationBroadcast';
export { createCanvasService, type CanvasService, type CanvasServiceDeps } from './canvas/canvasService';
export { createPopService, type PopLog, type PopServiceOptions } from './pop/popService';
export { runFollowUpDay, type FollowUpDayOptions, type FollowUpDaySummary } from './pop/followUpDay';
export { followUpPlan } from './pop/followUpPlan';
export { createPortfolioService, type PortfolioServiceOptions } from './portfolio/portfolioService';
export { scheduleConversationReminders } from './reminders/scheduleConversationReminders';
export { goalReminderHook, scheduleGoalReminders, type GoalReminderDeps, type GoalScheduleResult, type PopAfterWrite } from './reminders/scheduleGoalReminders';
export { createReminderPreferencesService, type ReminderPreferencesService } from './reminders/preferences';
export { createReminderDefaultsService, type ReminderDefaultsOptions, type ReminderDefaultsService } from './reminders/organisationDefaults';
export { createReminderService } from './reminders/reminderService';
export { scheduleManagerDigests } from './reminders/scheduleManagerDigests';
export { createCatalogueService, type CatalogueImportResult, type CatalogueService, type CatalogueServiceOptions } from './catalogue/catalogueService';
export { createTemplateService, type TemplateService, type TemplateServiceOptions } from './templates/templateService';
export { conversationTemplate, templateContent, templateForNewConversation } from './templates/pinnedTemplate';
export { holidaySettingsOf, holidaysInYears, organisationHolidays, upcomingHolidays } from './organisation/holidays';
export { createOnboardingService, suggestedProfile, type FirstSyncSummary, type OnboardingService, type OnboardingStatus, type TokenCaller } from './organisation/onboarding';
/** The calendar port of local mode over the stores: Graph's stand-in in `npm start` and in use-case tests. */
export { createLocalCalendar, localEventId, type LocalCalendarOptions } from './local/localCalendar';
/** The invented sample organisations: their people, calendars and the seed that writes them through the stores. */
export * from './sample';
export { createPeopleService, type MyPage, type PeopleService } from './people/peopleService';
export { createHomeService, type HomeService, type HomeServiceOptions } from './people/homeService';
export { createAccessRecorder, type AccessRecorder } from './privacy/accessLog';
export { createPrivacyService, type PrivacyService, type PrivacyServiceOptions } from './privacy/privacyService';
export { createRemarkService, type RemarkService } from './remark/remarkService';
export { createErasureService, type ErasureService, type ErasureServiceOptions } from './privacy/erasure';
export { createChangeLogService, createChangeRecorder, type ChangeLogService, type RecordChange } from './privacy/changeLog';
export { createDirectorySync, type DirectorySync, type DirectorySyncDeps, type DirectorySyncRequest, type DirectorySyncSummary } from './directory/sync';
export { createGesprekspartnerService, type GesprekspartnerImportResult, type GesprekspartnerService, type GesprekspartnerServiceOptions } from './directory/gesprekspartners';
export { readdressAfterLeaderChange, type LeaderChange } from './directory/readdress';
export { createSeriesPlanner, ConfirmSeriesInput, ProposeSeriesInput, type SeriesBookingFailure, type SeriesBookingResult, type SeriesEmployeeProposal, type SeriesPlanner, type SeriesPlannerOptions, type SeriesProposals, type SeriesSkipReason } from './booking/series';
export { createProgressService, createProgressTracker, withProgressTracking, type ProgressService, type ProgressTracker } from './progress';
export {
  createRoundService,
  type RoundService,
  type RoundServiceOptions,
  type RoundTemplates,
} from './rounds/roundService';
export { seriesRoundPlanning, type PlanningWindow, type RoundPlanning } from './rounds/planning';
export { runRoundDay, type RoundDayOptions, type RoundDaySummary } from './rounds/roundDay';
export { roundNoticeFacts, type RoundNoticeFacts } from './rounds/roundNoticeFacts';
export { createInsightService, type InsightService, type InsightServiceOptions } from './insight/insightService';
export { createCareerService, functionResolver, type CareerService, type CareerServiceOptions, type PersonFunction } from './catalogue/careerService';
export { type TrainingRightService } from './catalogue/trainingRightService';
export { certificateReminderFacts, scheduleCertificateReminders, type CertificateReminderFacts } from './reminders/certificateReminders';
