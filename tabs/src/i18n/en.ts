import { koerskaartEn } from './koerskaart';
import type { Catalogue } from './nl';

export const en: Catalogue = {
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
  'route.hr': 'HR insights',

  'comingSoon.title': 'Coming soon',
  'comingSoon.plan': 'Soon you will plan a career conversation here. Koers will find a moment about two weeks ahead in both calendars.',
  'comingSoon.prepare': 'Soon you will prepare your career conversation here, with the preparation questions from Koers.',
  'comingSoon.canvas': 'Soon you will fill in the course map together here during the conversation.',
  'comingSoon.pop': 'Soon your agreements will appear here as SMART goals in your personal development plan.',
  'comingSoon.portfolio': 'Soon you will keep your experiences, training and the outcome of every conversation here.',
  'comingSoon.hr': 'Soon HR will see here how the conversation round is progressing and which development needs there are, without reading confidential conversations.',

  'state.retry': 'Try again',
  'state.errorTitle': 'Something went wrong',
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

  'role.employee': 'Employee',
  'role.manager': 'Manager',
  'role.hr': 'HR',
  ...koerskaartEn,
};
