/**
 * "Where can I grow?" inside the journey: a POP goal's links to a function and the learning offer
 * (goalLinks.*), and the Koerskaart's "Mogelijke stappen" (steps.*). Spread into nl.ts / en.ts /
 * nl-BE.ts. Art. 7:611a BW is Dutch law; Flemish texts say the same without it.
 */
export const stepsNl = {
  'goalLinks.title': 'Functie en leeraanbod',
  'goalLinks.intro': 'Koppel het doel aan een functie uit het functiehuis en aan het leeraanbod van de organisatie.',
  'goalLinks.function': 'Doelfunctie',
  'goalLinks.functionPlaceholder': 'Kies een functie',
  'goalLinks.learning': 'Leeraanbod',
  'goalLinks.learningPlaceholder': 'Zoek een cursus, coaching of meeloopdag',
  'goalLinks.learningHint': 'Kies hoogstens {max} onderdelen; typ om te zoeken.',
  'goalLinks.noMatch': 'Niets gevonden',
  'goalLinks.linked': 'Gekoppeld leeraanbod',
  'goalLinks.remove': '{title} ontkoppelen',
  'goalLinks.unlink': 'Ontkoppelen',
  'goalLinks.hours': '{hours, plural, one {# uur} other {# uur}}',
  'goalLinks.costAfterFund': '{amount} na {fund}',
  'goalLinks.free': 'kosteloos',
  'goalLinks.requiredForJob': 'Verplicht voor de functie: kosteloos voor de medewerker en in werktijd (art. 7:611a BW).',
  'goalLinks.employeeCost': 'Kosten voor de medewerker',
  'goalLinks.employeeCostValue': '{budget, select, none {{amount} (na fonds; er is nog geen budget afgesproken)} other {{amount} (na fonds en budget)}}',

  'steps.title': 'Mogelijke stappen',
  'steps.intro': 'Paden vanuit de functie {function} en het leeraanbod dat erbij past. Maak er met één klik een kaart van onder Mogelijkheden.',
  'steps.makeCard': 'Maak kaart',
  'steps.makePathCard': 'Maak een kaart van het pad naar {name}',
  'steps.makeLearningCard': 'Maak een kaart van {title}',
  'steps.onBoard': 'Op de kaart',
  'steps.stillToLearn': 'Nog te ontwikkelen: {competences}',
  'steps.learningFor': 'Leeraanbod voor {name}',
  'steps.pathCardText': '{kind, select, doorgroeien {Doorgroeien naar {name}} horizontaal {Horizontale stap naar {name}} remotie {Stap terug naar {name}} taakroulatie {Taakroulatie als {name}} deeltijd {In deeltijd als {name}} other {Tijdelijk als {name}}}',
  'steps.learningCardText': '{title} — op weg naar {name}',
} as const;

export type StepsKey = keyof typeof stepsNl;

export const stepsEn: { readonly [K in StepsKey]: string } = {
  'goalLinks.title': 'Function and learning offer',
  'goalLinks.intro': "Link the goal to a function in the function house and to the organisation's learning offer.",
  'goalLinks.function': 'Target function',
  'goalLinks.functionPlaceholder': 'Choose a function',
  'goalLinks.learning': 'Learning offer',
  'goalLinks.learningPlaceholder': 'Search a course, coaching or a day shadowing',
  'goalLinks.learningHint': 'Choose at most {max}; type to search.',
  'goalLinks.noMatch': 'Nothing found',
  'goalLinks.linked': 'Linked learning',
  'goalLinks.remove': 'Unlink {title}',
  'goalLinks.unlink': 'Unlink',
  'goalLinks.hours': '{hours, plural, one {# hour} other {# hours}}',
  'goalLinks.costAfterFund': '{amount} after {fund}',
  'goalLinks.free': 'free of charge',
  'goalLinks.requiredForJob': 'Required for the job: free of charge for the employee and in working time (Dutch Civil Code art. 7:611a).',
  'goalLinks.employeeCost': 'Cost for the employee',
  'goalLinks.employeeCostValue': '{budget, select, none {{amount} (after fund; no budget agreed yet)} other {{amount} (after fund and budget)}}',

  'steps.title': 'Possible steps',
  'steps.intro': 'Paths from the function {function} and the learning offer that fits them. Make one into a card under Possibilities with one click.',
  'steps.makeCard': 'Make card',
  'steps.makePathCard': 'Make a card of the path to {name}',
  'steps.makeLearningCard': 'Make a card of {title}',
  'steps.onBoard': 'On the board',
  'steps.stillToLearn': 'Still to develop: {competences}',
  'steps.learningFor': 'Learning offer for {name}',
  'steps.pathCardText': '{kind, select, doorgroeien {Grow into {name}} horizontaal {Move sideways to {name}} remotie {Step back to {name}} taakroulatie {Task rotation as {name}} deeltijd {Part-time as {name}} other {Temporarily as {name}}}',
  'steps.learningCardText': '{title} — on the way to {name}',
};

export const stepsNlBE: Partial<{ readonly [K in StepsKey]: string }> = {
  'goalLinks.requiredForJob': 'Verplicht voor de functie: kosteloos voor de werknemer en tijdens de werkuren.',
  'goalLinks.employeeCost': 'Kosten voor de werknemer',
};
