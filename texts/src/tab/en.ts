import { stepsEn } from './steps';
import { careerEn } from './career';
import { trainingRightEn } from './trainingRight';
import { catalogueEn } from './catalogue';
import { gesprekspartnersEn } from './gesprekspartners';
import { prepareVariantEn } from './prepareVariant';
import { templatesEn } from './templates';
import { insightEn } from './insight';
import { homeEn } from './home';
import { cycleEn } from './cycle';
import { languageEn } from './language';
import { homeFormsEn } from './homeForms';
import { koerskaartEn } from './koerskaart';
import { popEn } from './pop';
import { remindersEn } from './reminders';
import { notificationsEn } from './notifications';
import { directoryEn } from './directory';
import { erasureEn } from './erasure';
import { heldRetentionEn } from './heldRetention';
import { remarkEn } from './remark';
import { changeLogEn } from './changeLog';
import { portfolioEn } from './portfolio';
import { privacyEn } from './privacy';
import { organisationEn } from './organisation';
import { roundsEn } from './rounds';
import { roundPlanEn } from './roundPlan';
import { followUpsEn } from './followUps';
import { progressEn } from './progress';
import type { TabKey } from './nl';

export const tabEn: { readonly [K in TabKey]: string } = {
  'app.name': 'Koers',
  'app.loading': 'Loading Koers…',
  'app.configError': 'Koers could not load its settings. Refresh the page or try again later.',

  'nav.label': 'Main menu',
  'route.home': 'Home',
  'route.plan': 'Plan a conversation',
  'route.prepare': 'Prepare',
  'route.canvas': 'Course map',
  'route.pop': 'Development plan',
  'route.portfolio': 'Portfolio',


  'state.retry': 'Try again',
  'state.errorTitle': 'Something went wrong',
  'state.pageError': 'This page could not be shown. Please try again; if that does not help, reload Koers.',
  'error.network': 'Koers cannot be reached. Check your connection and try again.',
  'error.invalidResponse': 'Koers gave an unexpected answer. Please try again later.',
  'error.http': 'The server returned an error ({status}). Please try again later.',
  'error.unknown': 'Something went wrong. Please try again.',

  'auth.signedOut': 'You are no longer signed in. Choose who you are again.',
  'auth.teamsSignedOut': 'You are no longer signed in to Koers, or your session has expired.',
  'auth.signInTitle': 'Sign in to Koers',
  'auth.signInButton': 'Sign in',
  'auth.signingIn': 'Signing in…',
  'auth.openInTeamsTitle': 'Open Koers in Microsoft Teams',
  'auth.openInTeamsBody': 'Koers works in Microsoft Teams. Open the Koers app in Teams to continue.',

  'persona.title': 'Who are you?',
  'persona.intro': 'Local mode: choose a person from the sample organisations. Each browser window can be someone else.',
  'persona.loading': 'Loading people…',
  'persona.empty': 'No sample people were found. Is the local API running?',
  'persona.switch': 'Switch person',
  'persona.signingInAs': 'Signing in as {name}…',

  'header.signedInAs': 'Signed in as {name}',

  'me.loading': 'Loading your details…',

  'home.greeting': 'Hi {firstName}',
  'home.roleAt': '{jobTitle} at {organisation}',
  'home.at': 'At {organisation}',
  'home.today': 'Today is {date}.',

  'team.title': 'My team',
  'team.listLabel': 'Team members',
  'team.emptyTitle': 'No team members yet',
  'team.emptyBody': 'No employees are linked to you yet. Ask HR to set up your team.',

  'myPage.title': 'My page',
  'myPage.manager': 'Your manager',
  'myPage.noManager': 'No manager is linked to you.',
  'myPage.nextTitle': 'Your next career conversation',
  'myPage.nextLoading': 'Loading your conversations…',
  'myPage.nextEmptyTitle': 'Nothing planned yet',
  'myPage.nextEmptyBody': 'No career conversation has been planned yet. Your manager will invite you; you then get about two weeks to prepare.',
  'myPage.nextPlanned': 'Planned for {date}',
  'myPage.prepareLink': 'Prepare',

  'plan.notManagerTitle': 'For managers only',
  'plan.notManagerBody': 'On this page a manager plans career conversations with their own team. Your manager invites you; you then prepare the conversation under Prepare.',
  'plan.prepareLink': 'Go to Prepare',
  'plan.newTitle': 'New conversation',
  'plan.newIntro': 'Koers looks for a moment about two weeks ahead that is free in both calendars, so your employee has time to prepare.',
  'plan.employeeLabel': 'Employee',
  'plan.employeePlaceholder': 'Choose an employee',
  'plan.proposalsLoading': 'Looking for free moments…',
  'plan.proposalsLabel': 'Proposed moments with {name}',
  'plan.otherTimes': 'Other times',
  'plan.firstTimes': 'Back to the first proposals',
  'plan.noSlotTitle': 'No free moment found in the next six weeks',
  'plan.noSlotBody': 'Nothing is free in both calendars within working hours. Make room in a calendar and try again, or look further ahead with Other times.',
  'plan.widened': 'Too little was free around two weeks ahead, so Koers looked further ahead.',
  'plan.unreadable': 'Not every calendar could be read ({names}). These moments may clash with appointments in it.',
  'plan.penalty.monday-early': 'early on Monday',
  'plan.penalty.friday-afternoon': 'Friday afternoon',
  'plan.pickFirst': 'Choose a moment first.',
  'plan.book': 'Book',
  'plan.booking': 'Booking…',
  'plan.successTitle': 'Done',
  'plan.booked': 'The career conversation with {name} is planned for {when}. {firstName} gets a message from Koers in Teams, with the preparation questions.',
  'plan.upcomingTitle': 'Upcoming conversations',
  'plan.upcomingLoading': 'Loading conversations…',
  'plan.upcomingEmptyTitle': 'No conversations planned yet',
  'plan.upcomingEmptyBody': 'Choose an employee above to plan a career conversation.',
  'plan.listLabel': 'Upcoming conversations with your team',
  'plan.conversationWith': 'Conversation with {name}',
  'plan.detailsLoading': 'Loading details…',
  'plan.prepared': 'Preparation done',
  'plan.notPrepared': 'Not prepared yet',
  'plan.joinLink': 'Join the Teams meeting',
  'plan.canvasLink': 'Open the course map',
  'plan.reschedule': 'Reschedule',
  'plan.rescheduleLabel': 'New time for the conversation with {name}',
  'plan.rescheduleConfirm': 'Move to this time',
  'plan.rescheduling': 'Rescheduling…',
  'plan.rescheduleBack': 'Keep the time',
  'plan.rescheduled': 'The conversation with {name} is moved to {when}. {firstName} will be told.',
  'plan.cancel': 'Cancel',
  'plan.cancelTitle': 'Cancel the conversation?',
  'plan.cancelBody': 'The conversation with {name} on {when} is cancelled and removed from both calendars. {firstName} will be told.',
  'plan.cancelReason': 'Reason (optional)',
  'plan.cancelReasonHint': '{firstName} reads this reason in the message from Koers.',
  'plan.cancelConfirm': 'Cancel the conversation',
  'plan.cancelling': 'Cancelling…',
  'plan.cancelKeep': 'Back',
  'plan.cancelled': 'The conversation with {name} on {when} is cancelled. {firstName} will be told.',

  'prepare.loading': 'Loading your conversations…',
  'prepare.emptyTitle': 'No conversations planned yet',
  'prepare.emptyBody': 'No career conversation has been planned yet. As soon as one is, you will find the preparation questions here.',
  'prepare.mineTitle': 'My conversations',
  'prepare.teamTitle': 'Conversations with my team',
  'prepare.conversationTitle': 'Conversation with {name}, {when}',
  'prepare.formLoading': 'Loading your preparation…',
  'prepare.privateEmployeeTitle': 'Private unless you share',
  'prepare.privateEmployee': 'Your answers are yours. {manager} only sees the answers where you switch on “Share with my manager”, and whether you are done.',
  'prepare.privateManagerTitle': 'Private unless you share',
  'prepare.privateManager': 'Your answers are yours. {employee} only sees the answers where you switch on “Share with {employee}”; those also show on the Koerskaart.',
  'prepare.shareWithEmployee': 'Share with {name}',
  'prepare.share': 'Share with my manager',
  'prepare.kernkwadrantTitle': 'Core quadrant',
  'prepare.kernkwadrantHint': 'Four questions that together show where your strength lies, where your pitfall is and what challenges you.',
  'prepare.saveDraft': 'Save for now',
  'prepare.finish': 'Done',
  'prepare.saveChanges': 'Save changes',
  'prepare.saving': 'Saving…',
  'prepare.savedDraft': 'Saved for now. You can continue later.',
  'prepare.savedDone': 'Your preparation is done. You can still change your answers until the conversation.',
  'prepare.doneStatus': 'Marked done',
  'prepare.unsaved': 'Unsaved changes',
  'prepare.conflictTitle': 'Saved elsewhere meanwhile',
  'prepare.conflictBody': 'Your preparation was saved meanwhile in another window or in the chat with Koers. What you typed here is still in the form. Load the newest version: your changes stay.',
  'prepare.reload': 'Load the newest version',
  'prepare.reloaded': 'The newest version is loaded, with your changes in it. Check them and save again.',
  'prepare.sharedTitle': 'Shared by {name}',
  'prepare.sharedEmpty': '{name} has not shared any answers yet.',
  'prepare.employeeDone': '{name} has marked the preparation done.',

  'unsaved.title': 'Changes not saved',
  'unsaved.body': 'You have answers that are not saved yet. If you leave this page, they are lost.',
  'unsaved.stay': 'Stay',
  'unsaved.leave': 'Leave without saving',

  'role.employee': 'Employee',
  'role.manager': 'Manager',
  'role.hr': 'HR',
  ...koerskaartEn,
  ...popEn,
  ...homeEn,
  ...cycleEn,
  ...catalogueEn,
  ...stepsEn,
  ...careerEn,
  ...trainingRightEn,
  ...templatesEn,
  ...insightEn,
  ...portfolioEn,
  ...privacyEn,
  ...organisationEn,
  ...roundsEn,
  ...roundPlanEn,
  ...followUpsEn,
  ...progressEn,
  ...remindersEn,
  ...notificationsEn,
  ...languageEn,
  ...homeFormsEn,
  ...directoryEn,
  ...erasureEn,
  ...heldRetentionEn,
  ...remarkEn,
  ...changeLogEn,
  ...gesprekspartnersEn,
  ...prepareVariantEn,
};
