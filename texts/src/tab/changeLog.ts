/**
 * The works council's change log (*Logboek voor de OR*), HR's page, and its section in "Mijn
 * gegevens". Spread into nl.ts / en.ts like the directory texts.
 */
export const changeLogNl = {
  'route.changeLog': 'Logboek OR',
  'changeLog.intro':
    'Hier legt Koers vast wat verandert aan waar de ondernemingsraad mee instemde: wie HR- of beheerdersrechten krijgt of verliest, de bewaartermijn, het wissen van gegevens, wie de synchronisatie meeneemt en wie met wie de loopbaangesprekken voert. Alleen wie, wat en wanneer, nooit de inhoud van gesprekken. Alleen HR en beheerders zien dit logboek; deel het met de OR.',
  'changeLog.hrOnly': 'Het logboek voor de ondernemingsraad is er voor HR en beheerders.',
  'changeLog.loading': 'Logboek laden…',
  'changeLog.empty': 'Nog geen wijzigingen vastgelegd.',
  'changeLog.more': 'Meer tonen',
  'changeLog.kind.role-granted': 'Rol toegekend',
  'changeLog.kind.role-revoked': 'Rol ingetrokken',
  'changeLog.kind.retention-changed': 'Bewaartermijn gewijzigd',
  'changeLog.kind.erasure': 'Gegevens van een persoon gewist',
  'changeLog.kind.directory-scope-changed': 'Bereik van de synchronisatie gewijzigd',
  'changeLog.kind.template-changed': 'Sjabloon gewijzigd',
  'changeLog.kind.round-changed': 'Gespreksronde gewijzigd',
  'changeLog.kind.reminder-defaults-changed': 'Standaardherinneringen gewijzigd',
  'changeLog.kind.gesprekspartner-changed': 'Gesprekspartner gewijzigd',
  'changeLog.by': 'door {name}',
  'changeLog.byKoers': 'door Koers zelf',
  'changeLog.about': 'voor {name}',
  'changeLog.someone': 'een oud-collega',
  'changeLog.role': '{role}{group, select, yes { (via een groep)} other {}}',
  'changeLog.retention': 'van {from, plural, one {# maand} other {# maanden}} naar {to, plural, one {# maand} other {# maanden}}',
  'changeLog.erasure':
    '{reason, select, retention {na de bewaartermijn} other {op verzoek}}: {deleted, plural, one {# document} other {# documenten}} verwijderd, {anonymised, plural, one {# document} other {# documenten}} van anderen zonder naam bewaard',
  'changeLog.gesprekspartner': 'Via een import uit het personeelssysteem',
  'changeLog.summaryTitle': 'Jouw regels in het logboek voor de OR',
  'changeLog.summaryLine': '{kind} op {date}',
} as const;

export type ChangeLogKey = keyof typeof changeLogNl;

export const changeLogEn: { readonly [K in ChangeLogKey]: string } = {
  'route.changeLog': 'Works council log',
  'changeLog.intro':
    "Koers records here what changes in what the works council agreed to: who gets or loses HR or administrator rights, the retention period, erasures, whom the directory sync brings in, and who holds whose career conversations. Only who, what and when, never what was said in conversations. Only HR and administrators see this log; share it with the works council.",
  'changeLog.hrOnly': 'The works council log is for HR and administrators.',
  'changeLog.loading': 'Loading the log…',
  'changeLog.empty': 'No changes recorded yet.',
  'changeLog.more': 'Show more',
  'changeLog.kind.role-granted': 'Role granted',
  'changeLog.kind.role-revoked': 'Role revoked',
  'changeLog.kind.retention-changed': 'Retention period changed',
  'changeLog.kind.erasure': 'A person\'s data erased',
  'changeLog.kind.directory-scope-changed': 'Directory sync scope changed',
  'changeLog.kind.template-changed': 'Template changed',
  'changeLog.kind.round-changed': 'Conversation round changed',
  'changeLog.kind.reminder-defaults-changed': 'Reminder defaults changed',
  'changeLog.kind.gesprekspartner-changed': 'Conversation partner changed',
  'changeLog.by': 'by {name}',
  'changeLog.byKoers': 'by Koers itself',
  'changeLog.about': 'for {name}',
  'changeLog.someone': 'a former colleague',
  'changeLog.role': '{role}{group, select, yes { (through a group)} other {}}',
  'changeLog.retention': 'from {from, plural, one {# month} other {# months}} to {to, plural, one {# month} other {# months}}',
  'changeLog.erasure':
    '{reason, select, retention {after the retention period} other {on request}}: {deleted, plural, one {# document} other {# documents}} deleted, {anonymised, plural, one {# document} other {# documents}} of others kept without a name',
  'changeLog.gesprekspartner': 'Through an import from the HR system',
  'changeLog.summaryTitle': 'Your lines in the works council log',
  'changeLog.summaryLine': '{kind} on {date}',
};
