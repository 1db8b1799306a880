/**
 * The bot's chat: its replies (`bot.*`), the manager's booking cards (`bot.booking.*`), the
 * employee's preparation card (`bot.prep.*`), the POP in chat (`bot.pop.*`) and the refusals that
 * are the bot's own (`bot.refusal.*`; the others are the API's problems, `problem.*`). `{when}`,
 * `{previous}` arrive formatted in the reader's zone and language by the card builder.
 */
export const botNl = {
  'bot.help': `Hoi! Ik ben Koers. Ik help je met loopbaangesprekken en je persoonlijk ontwikkelingsplan (POP). Zeg het gewoon in je eigen woorden, bijvoorbeeld:

- **ik wil een loopbaangesprek**: ik vraag je leidinggevende er een te plannen.
- **plan een loopbaangesprek met <naam> in januari**: als leidinggevende; ik zoek een moment in beide agenda's.
- **wanneer is mijn gesprek**, **verzet mijn gesprek**, **annuleer mijn gesprek**: ik vraag altijd eerst of het klopt.
- **wat moet ik nog voorbereiden**: de voorbereidingsvragen voor je volgende gesprek.
- **hoe staan mijn doelen ervoor** of **mijn pop**; als leidinggevende **pop van <naam>**.
- **help**: dit overzicht.`,
  'bot.welcome': 'Welkom bij Koers! Typ **help** om te zien wat ik voor je kan doen.',
  'bot.error': 'Sorry, er ging iets mis. Probeer het zo nog eens.',

  'bot.notUnderstood': 'Dat begrijp ik nog niet. Bedoel je een van deze?',
  'bot.suggest.ask': 'Een loopbaangesprek aanvragen',
  'bot.suggest.plan': 'Een loopbaangesprek plannen',
  'bot.suggest.when': 'Wanneer is mijn gesprek?',
  'bot.suggest.prepare': 'Wat moet ik voorbereiden?',
  'bot.suggest.goals': 'Hoe staan mijn doelen ervoor?',
  'bot.suggest.move': 'Mijn gesprek verzetten',
  'bot.suggest.help': 'Wat kun je allemaal?',

  // An employee asks for a conversation; their manager gets the proposals.
  'bot.request.sent': 'Ik heb {manager} gevraagd een loopbaangesprek met je te plannen. {manager} krijgt voorstellen voor een moment in de chat; jij hoort het zodra het gepland staat.',
  'bot.request.sentWish': 'Ik heb {manager} gevraagd een loopbaangesprek met je te plannen, het liefst tussen {from} en {to}. {manager} krijgt voorstellen voor een moment in de chat; jij hoort het zodra het gepland staat.',
  'bot.request.toManager': '{employee} vraagt om een loopbaangesprek.',
  'bot.request.toManagerWish': '{employee} vraagt om een loopbaangesprek, het liefst tussen {from} en {to}.',
  'bot.request.note': '{employee} schrijft erbij: “{text}”',
  'bot.booking.outsideWish': 'Tussen {from} en {to} was niets vrij, of het is te kort dag om je goed voor te bereiden; dit zijn de eerste vrije momenten daarna.',

  // "wanneer is mijn gesprek"
  'bot.when.planned': 'Je loopbaangesprek met {name} is op **{when}**.',
  'bot.when.none': 'Er staat nog geen loopbaangesprek voor je gepland.',

  // Moving and cancelling: never without a yes.
  'bot.change.confirmCancel': 'Wil je het loopbaangesprek met {name} van {when} annuleren? {name} krijgt er bericht van.',
  'bot.change.confirmMove': 'Wil je het loopbaangesprek met {name} van {when} verzetten? Ik zoek dan nieuwe momenten in jullie agenda\'s.',
  'bot.change.yesCancel': 'Ja, annuleren',
  'bot.change.yesMove': 'Ja, zoek een nieuw moment',
  'bot.change.no': 'Nee, laten staan',
  'bot.change.cancelled': 'Geannuleerd: het loopbaangesprek met {name} van {when}. {name} krijgt er bericht van in de chat.',
  'bot.change.kept': 'Goed, ik verander niets aan je gesprek.',
  'bot.change.nothingPlanned': 'Er staat geen loopbaangesprek gepland dat ik kan verzetten of annuleren.',
  'bot.change.askManager': 'Je gesprek van {when} is gepland door {manager}; alleen {manager} kan het verzetten of annuleren. Stuur {manager} even een bericht.',

  // A message in the other language than the person's own.
  'bot.language.offer': 'Zal ik voortaan in het {language, select, en {Engels} other {Nederlands}} antwoorden?',
  'bot.language.yes': 'Ja, voortaan {language, select, en {Engels} other {Nederlands}}',
  'bot.language.chosen': 'Vanaf nu antwoord ik in het Nederlands. Je kunt dit altijd wijzigen op je eigen pagina in Koers.',

  'bot.refusal.not-a-manager':
    'Alleen een leidinggevende plant een loopbaangesprek, met de eigen medewerkers. Wil je zelf een gesprek? Vraag het je leidinggevende.',
  'bot.refusal.stale-card': 'Deze kaart is verouderd of niet voor jou bedoeld. Er is niets veranderd; typ **help** om opnieuw te beginnen.',
  'bot.refusal.changed': 'Iemand anders heeft dit intussen gewijzigd. Er is niets veranderd; probeer het opnieuw.',
  'bot.refusal.not-found': 'Dit gesprek bestaat niet (meer).',

  'bot.booking.askWhom': 'Met wie wil je een loopbaangesprek plannen? Typ bijvoorbeeld: **plan een loopbaangesprek met Sanne**.',
  'bot.booking.proposalsTitle': 'Loopbaangesprek met {name}',
  'bot.booking.proposalsIntro': 'Over ongeveer twee weken zijn jullie allebei vrij op deze momenten. Kies er een:',
  'bot.booking.widened': 'Rond twee weken vooruit was te weinig vrij; dit zijn de eerste vrije momenten daarna.',
  'bot.booking.unreadableCalendars': 'Let op: niet elke agenda kon gelezen worden. Controleer het moment nog even.',
  'bot.booking.otherTimes': 'Andere tijden',
  'bot.booking.noSlot': 'Ik vind niets vrij in de komende zes weken dat voor jou en {name} past. Maak wat ruimte in een agenda en probeer het opnieuw.',
  'bot.booking.booked': 'Gepland: {when}',
  'bot.booking.bookedWith': 'Loopbaangesprek met {name}. {name} krijgt de voorbereidingsvragen in de chat.',
  'bot.booking.join': 'Deelnemen aan Teams-vergadering',
  'bot.booking.ownTime': 'Zelf een moment kiezen',
  'bot.booking.location': 'Op locatie: {location}',
  'bot.booking.canvas': 'Open de Koerskaart',
  'bot.booking.unknownName': 'Ik ken niemand met die naam in jouw team ("{typed}").',
  'bot.booking.suggestions': 'Bedoel je een van hen?',
  'bot.booking.ambiguous': 'Er zijn meer mensen in je team die "{typed}" heten. Wie bedoel je?',
  'bot.booking.notYourReport': '{name} valt niet onder jou. Alleen de eigen leidinggevende plant een loopbaangesprek met {name}.',
  'bot.booking.employeeBooked': '{manager} heeft een loopbaangesprek met je gepland: **{when}**.',
  'bot.booking.employeeRescheduled': 'Je loopbaangesprek met {manager} is verplaatst naar **{when}** (was {previous}).',
  'bot.booking.employeeCancelled': 'Je loopbaangesprek met {manager} van {when} gaat niet door.',
  'bot.booking.cancelReason': 'Reden: {reason}',

  'bot.prep.title': 'Voorbereiding van je loopbaangesprek',
  'bot.prep.whatItIs':
    'Een loopbaangesprek kijkt vooruit: het gaat over jouw wensen, talenten en ontwikkeling. Het is geen beoordeling en geen functioneringsgesprek.',
  'bot.prep.privacy':
    'Je antwoorden zijn privé. Zet **delen met mijn leidinggevende** aan bij wat {manager} vooraf mag lezen; de rest bespreek je in het gesprek, als je wilt.',
  'bot.prep.kernkwadrantTitle': 'Kernkwadrant',
  'bot.prep.kernkwadrantIntro': 'Vier vragen die bij elkaar horen: je kwaliteit, wat er gebeurt als je doorschiet, je uitdaging en je allergie.',
  'bot.prep.share': 'Delen met mijn leidinggevende',
  'bot.prep.savePartial': 'Tussentijds opslaan',
  'bot.prep.done': 'Klaar',
  'bot.prep.edit': 'Verder invullen',
  'bot.prep.savedPartial': 'Tussentijds opgeslagen. Je kunt later verder, hier of in het tabblad **Voorbereiden**.',
  'bot.prep.savedDone': 'Je voorbereiding is klaar. Aanpassen kan tot het gesprek, hier of in het tabblad **Voorbereiden**.',
  'bot.prep.shared': 'gedeeld',
  'bot.prep.private': 'privé',
  'bot.prep.noAnswers': 'Nog geen antwoorden opgeslagen.',
  'bot.prep.whereToPrepare':
    'Je voorbereidingsvragen staan in de kaart die ik stuurde toen je gesprek werd gepland, en in het tabblad **Voorbereiden** van Koers.',

  // To the other party of a plan (PopNotifier).
  'bot.pop.approvedByManager': '{manager} heeft versie {version} van je POP goedgekeurd — nu jij nog.',
  'bot.pop.approvedByEmployee': '{employee} heeft versie {version} van jullie POP goedgekeurd — nu jij nog.',
  'bot.pop.bothApproved': 'Jullie POP is goedgekeurd (versie {version}).',
  'bot.pop.agreementsWhere': 'De **Gemaakte afspraken** staan op de POP-pagina, om te downloaden als pdf.',
  'bot.pop.helpNeeded': '{employee} heeft hulp nodig bij het doel **{goal}**.',
  /** The goal is gone from the current version. */
  'bot.pop.helpNeededGoalGone': '{employee} heeft hulp nodig bij een doel.',
  'bot.pop.note': 'Notitie: {text}',
  'bot.pop.openPop': 'Open het POP',
  'bot.pop.openAgreements': 'Gemaakte afspraken',
  // "mijn pop" / "pop van Sanne".
  'bot.pop.myPopTitle': 'Mijn POP',
  'bot.pop.popOfTitle': 'POP van {name}',
  'bot.pop.status-concept': 'concept',
  'bot.pop.status-goedgekeurd': 'goedgekeurd',
  'bot.pop.versionLine': 'Versie {version} · {status}',
  /** One still has to approve: the reader (`who` me) or someone else. */
  'bot.pop.waitingForOne': 'Nog goed te keuren door {who, select, me {jou} other {{name}}}.',
  /** Both still have to approve; `reader` says which of the two is reading, if either. */
  'bot.pop.waitingForBoth':
    'Nog goed te keuren door {reader, select, employee {jou en {manager}} manager {{employee} en jou} other {{employee} en {manager}}}.',
  'bot.pop.lastApproved': 'Laatst goedgekeurd: versie {version}.',
  'bot.pop.goals': 'Doelen',
  'bot.pop.noGoals': 'Nog geen doelen.',
  'bot.pop.progress-niet-gestart': 'niet gestart',
  'bot.pop.progress-bezig': 'bezig',
  'bot.pop.progress-op-koers': 'op koers',
  'bot.pop.progress-hulp-nodig': 'hulp nodig',
  'bot.pop.progress-afgerond': 'afgerond',
  'bot.pop.openMyPop': 'Open mijn POP',
  'bot.pop.openPopOf': 'Open het POP van {name}',
  'bot.pop.noPop':
    'Je hebt nog geen POP. Een POP (persoonlijk ontwikkelingsplan) komt uit een loopbaangesprek: de afspraken die jullie op de Koerskaart maken, worden na het gesprek je doelen, en die keuren jij en je leidinggevende allebei goed. Nog geen gesprek gepland? Vraag je leidinggevende er een te plannen.',
  'bot.pop.noPopFor': '{name} heeft nog geen POP. Die ontstaat uit de afspraken van jullie loopbaangesprek.',
  'bot.pop.askWhose': 'Van wie wil je het POP zien? Typ bijvoorbeeld: **pop van Sanne**.',
  'bot.pop.notAManager': 'Je ziet alleen je eigen POP, en als leidinggevende die van je eigen medewerkers. Typ **mijn pop** voor de jouwe.',
  'bot.pop.notYourReport': '{name} valt niet onder jou. Alleen {name} en de eigen leidinggevende zien die POP.',
} as const;

type BotKey = keyof typeof botNl;

export const botEn: { readonly [K in BotKey]: string } = {
  'bot.help': `Hi! I'm Koers. I help you with career conversations and your personal development plan (POP). Just say it in your own words, for example:

- **I'd like a career conversation**: I ask your manager to plan one.
- **plan a career conversation with <name> in January**: as a manager; I find a time in both calendars.
- **when is my conversation**, **move my conversation**, **cancel my conversation**: I always check with you first.
- **what do I need to prepare**: the preparation questions for your next conversation.
- **how are my goals doing** or **my pop**; as a manager **pop of <name>**.
- **help**: this overview.`,
  'bot.welcome': 'Welcome to Koers! Type **help** to see what I can do for you.',
  'bot.error': 'Sorry, something went wrong. Please try again in a moment.',

  'bot.notUnderstood': "I don't understand that yet. Did you mean one of these?",
  'bot.suggest.ask': 'Ask for a career conversation',
  'bot.suggest.plan': 'Plan a career conversation',
  'bot.suggest.when': 'When is my conversation?',
  'bot.suggest.prepare': 'What should I prepare?',
  'bot.suggest.goals': 'How are my goals doing?',
  'bot.suggest.move': 'Move my conversation',
  'bot.suggest.help': 'What can you do?',

  'bot.request.sent': "I've asked {manager} to plan a career conversation with you. {manager} gets proposed times in chat; you'll hear as soon as it is planned.",
  'bot.request.sentWish': "I've asked {manager} to plan a career conversation with you, preferably between {from} and {to}. {manager} gets proposed times in chat; you'll hear as soon as it is planned.",
  'bot.request.toManager': '{employee} asks for a career conversation.',
  'bot.request.toManagerWish': '{employee} asks for a career conversation, preferably between {from} and {to}.',
  'bot.request.note': '{employee} adds: “{text}”',
  'bot.booking.outsideWish': 'Nothing was free between {from} and {to}, or it is too soon to prepare well; these are the first free times after that.',

  'bot.when.planned': 'Your career conversation with {name} is on **{when}**.',
  'bot.when.none': 'No career conversation is planned for you yet.',

  'bot.change.confirmCancel': 'Do you want to cancel the career conversation with {name} on {when}? {name} will be told.',
  'bot.change.confirmMove': 'Do you want to move the career conversation with {name} on {when}? I will then look for new times in both calendars.',
  'bot.change.yesCancel': 'Yes, cancel',
  'bot.change.yesMove': 'Yes, find a new time',
  'bot.change.no': 'No, leave it',
  'bot.change.cancelled': 'Cancelled: the career conversation with {name} on {when}. {name} will be told in chat.',
  'bot.change.kept': "Fine, I won't change anything about your conversation.",
  'bot.change.nothingPlanned': 'There is no planned career conversation I could move or cancel.',
  'bot.change.askManager': 'Your conversation on {when} was planned by {manager}; only {manager} can move or cancel it. Send {manager} a message.',

  'bot.language.offer': 'Shall I answer in {language, select, en {English} other {Dutch}} from now on?',
  'bot.language.yes': 'Yes, {language, select, en {English} other {Dutch}} from now on',
  'bot.language.chosen': "From now on I'll answer in English. You can change this any time on your own page in Koers.",

  'bot.refusal.not-a-manager': 'Only a manager plans a career conversation, with their own reports. Would you like one yourself? Ask your manager.',
  'bot.refusal.stale-card': 'This card is out of date or not meant for you. Nothing has changed; type **help** to start again.',
  'bot.refusal.changed': 'Someone else changed this in the meantime. Nothing has changed; please try again.',
  'bot.refusal.not-found': 'This conversation does not exist (any more).',

  'bot.booking.askWhom': 'Who would you like to plan a career conversation with? Type for example: **plan a career conversation with Sanne**.',
  'bot.booking.proposalsTitle': 'Career conversation with {name}',
  'bot.booking.proposalsIntro': 'In about two weeks, you are both free at these times. Pick one:',
  'bot.booking.widened': 'Too little was free around two weeks ahead; these are the first free times after that.',
  'bot.booking.unreadableCalendars': 'Note: not every calendar could be read. Please double-check the time.',
  'bot.booking.otherTimes': 'Other times',
  'bot.booking.noSlot': 'I can find nothing free in the next six weeks that suits both you and {name}. Make some room in a calendar and try again.',
  'bot.booking.booked': 'Planned: {when}',
  'bot.booking.bookedWith': 'Career conversation with {name}. {name} receives the preparation questions in chat.',
  'bot.booking.join': 'Join Teams meeting',
  'bot.booking.ownTime': 'Choose a time yourself',
  'bot.booking.location': 'In person: {location}',
  'bot.booking.canvas': 'Open the Koerskaart',
  'bot.booking.unknownName': 'I don\'t know anyone by that name in your team ("{typed}").',
  'bot.booking.suggestions': 'Did you mean one of them?',
  'bot.booking.ambiguous': 'More people in your team are called "{typed}". Who do you mean?',
  'bot.booking.notYourReport': '{name} does not report to you. Only their own manager plans a career conversation with {name}.',
  'bot.booking.employeeBooked': '{manager} has planned a career conversation with you: **{when}**.',
  'bot.booking.employeeRescheduled': 'Your career conversation with {manager} has moved to **{when}** (was {previous}).',
  'bot.booking.employeeCancelled': 'Your career conversation with {manager} on {when} is cancelled.',
  'bot.booking.cancelReason': 'Reason: {reason}',

  'bot.prep.title': 'Preparing your career conversation',
  'bot.prep.whatItIs': 'A career conversation looks ahead: it is about your wishes, talents and development. It is not an appraisal or a performance review.',
  'bot.prep.privacy':
    'Your answers are private. Switch on **share with my manager** for what {manager} may read beforehand; discuss the rest in the conversation, if you like.',
  'bot.prep.kernkwadrantTitle': 'Core quadrant',
  'bot.prep.kernkwadrantIntro': 'Four questions that belong together: your quality, what happens when you overdo it, your challenge and your allergy.',
  'bot.prep.share': 'Share with my manager',
  'bot.prep.savePartial': 'Save for now',
  'bot.prep.done': 'Done',
  'bot.prep.edit': 'Continue',
  'bot.prep.savedPartial': 'Saved for now. You can continue later, here or in the **Prepare** tab.',
  'bot.prep.savedDone': 'Your preparation is done. You can change it until the conversation, here or in the **Prepare** tab.',
  'bot.prep.shared': 'shared',
  'bot.prep.private': 'private',
  'bot.prep.noAnswers': 'No answers saved yet.',
  'bot.prep.whereToPrepare': 'Your preparation questions are in the card I sent when your conversation was planned, and in the **Prepare** tab of Koers.',

  'bot.pop.approvedByManager': "{manager} approved version {version} of your POP — now it's your turn.",
  'bot.pop.approvedByEmployee': "{employee} approved version {version} of the POP — now it's your turn.",
  'bot.pop.bothApproved': 'Your POP is approved (version {version}).',
  'bot.pop.agreementsWhere': 'The **agreements** are on the POP page, to download as a PDF.',
  'bot.pop.helpNeeded': '{employee} needs help with the goal **{goal}**.',
  'bot.pop.helpNeededGoalGone': '{employee} needs help with a goal.',
  'bot.pop.note': 'Note: {text}',
  'bot.pop.openPop': 'Open the POP',
  'bot.pop.openAgreements': 'Agreements',
  'bot.pop.myPopTitle': 'My POP',
  'bot.pop.popOfTitle': 'POP of {name}',
  'bot.pop.status-concept': 'draft',
  'bot.pop.status-goedgekeurd': 'approved',
  'bot.pop.versionLine': 'Version {version} · {status}',
  'bot.pop.waitingForOne': 'Still to be approved by {who, select, me {you} other {{name}}}.',
  'bot.pop.waitingForBoth':
    'Still to be approved by {reader, select, employee {you and {manager}} manager {{employee} and you} other {{employee} and {manager}}}.',
  'bot.pop.lastApproved': 'Last approved: version {version}.',
  'bot.pop.goals': 'Goals',
  'bot.pop.noGoals': 'No goals yet.',
  'bot.pop.progress-niet-gestart': 'not started',
  'bot.pop.progress-bezig': 'in progress',
  'bot.pop.progress-op-koers': 'on track',
  'bot.pop.progress-hulp-nodig': 'needs help',
  'bot.pop.progress-afgerond': 'done',
  'bot.pop.openMyPop': 'Open my POP',
  'bot.pop.openPopOf': 'Open the POP of {name}',
  'bot.pop.noPop':
    "You don't have a POP yet. A POP (personal development plan) comes out of a career conversation: the agreements you make on the Koerskaart become your goals after the conversation, and you and your manager both approve them. No conversation planned yet? Ask your manager to plan one.",
  'bot.pop.noPopFor': "{name} doesn't have a POP yet. It comes from the agreements of your career conversation.",
  'bot.pop.askWhose': 'Whose POP would you like to see? Type for example: **pop of Sanne**.',
  'bot.pop.notAManager': 'You only see your own POP, and as a manager those of your own reports. Type **my pop** for yours.',
  'bot.pop.notYourReport': '{name} does not report to you. Only {name} and their own manager see that POP.',
};

export const botNlBE: Partial<{ readonly [K in BotKey]: string }> = {
  'bot.request.sent': 'Ik heb {manager} gevraagd een loopbaangesprek met je in te plannen. {manager} krijgt voorstellen voor een moment in de chat; jij hoort het zodra het ingepland is.',
  'bot.request.sentWish': 'Ik heb {manager} gevraagd een loopbaangesprek met je in te plannen, liefst tussen {from} en {to}. {manager} krijgt voorstellen voor een moment in de chat; jij hoort het zodra het ingepland is.',
  'bot.when.none': 'Er is nog geen loopbaangesprek voor je ingepland.',
  'bot.change.nothingPlanned': 'Er is geen loopbaangesprek ingepland dat ik kan verplaatsen of annuleren.',
  'bot.change.askManager': 'Je gesprek van {when} is ingepland door {manager}; alleen {manager} kan het verplaatsen of annuleren. Stuur {manager} even een bericht.',
  'bot.booking.booked': 'Ingepland: {when}',
  'bot.booking.otherTimes': 'Andere momenten',
  'bot.prep.savePartial': 'Tussentijds bewaren',
  'bot.prep.savedPartial': 'Tussentijds bewaard. Je kunt later verder, hier of in het tabblad **Voorbereiden**.',
  'bot.pop.noPop':
    'Je hebt nog geen POP. Een POP (persoonlijk ontwikkelingsplan) komt uit een loopbaangesprek: de afspraken die jullie op de Koerskaart maken, worden na het gesprek je doelen, en die keuren jij en je leidinggevende allebei goed. Nog geen gesprek ingepland? Vraag je leidinggevende er een in te plannen.',
};
