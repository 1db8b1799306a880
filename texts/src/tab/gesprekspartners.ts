/** HR's gesprekspartners on *Instellingen*: the list from and to the HR system. Spread into nl.ts / en.ts. */
export const gesprekspartnersNl = {
  'gesprekspartners.title': 'Gesprekspartners',
  'gesprekspartners.intro':
    'Wie voert met wie de loopbaangesprekken? Standaard is dat de leidinggevende uit Entra ID. Weet jullie personeelssysteem (AFAS, Nmbrs, Visma, SD Worx) het beter, lees dan een export in met per medewerker het e-mailadres en dat van de gesprekspartner. De gesprekspartner krijgt dezelfde toegang als een leidinggevende.',
  'gesprekspartners.columns': 'Koers herkent kolommen als “e-mail” of “medewerker e-mail” en “gesprekspartner e-mail” of “leidinggevende e-mail”. Een lege gesprekspartner betekent: de leidinggevende.',
  'gesprekspartners.export': 'Huidige lijst downloaden (.xlsx)',
  'gesprekspartners.exportBusy': 'Lijst maken…',
  'gesprekspartners.file': 'Bestand uit het personeelssysteem (.xlsx of .csv)',
  'gesprekspartners.pickFile': 'Kies eerst een bestand.',
  'gesprekspartners.tooLarge': 'Dit bestand is groter dan 5 MB.',
  'gesprekspartners.check': 'Controleren',
  'gesprekspartners.checking': 'Controleren…',
  'gesprekspartners.save': 'Wijzigingen opslaan',
  'gesprekspartners.saving': 'Opslaan…',
  'gesprekspartners.preview':
    '{changes, plural, =0 {Niets te wijzigen} one {# wijziging} other {# wijzigingen}}{unchanged, plural, =0 {} one {, # rij klopt al} other {, # rijen kloppen al}}. Er wordt pas iets opgeslagen als je op “Wijzigingen opslaan” klikt.',
  'gesprekspartners.nothingToChange': 'Alle {rows, plural, one {# rij klopt} other {# rijen kloppen}} al: er is niets te wijzigen.',
  'gesprekspartners.tableLabel': 'Wie krijgt een andere gesprekspartner',
  'gesprekspartners.row': 'Rij',
  'gesprekspartners.person': 'Medewerker',
  'gesprekspartners.from': 'Nu',
  'gesprekspartners.to': 'Wordt',
  'gesprekspartners.nobody': 'niemand',
  'gesprekspartners.invalid':
    '{count, plural, one {Eén rij klopt niet} other {# rijen kloppen niet}}. Er is niets opgeslagen: verbeter het bestand en controleer het opnieuw.',
  'gesprekspartners.saved': '{count, plural, one {# gesprekspartner gewijzigd} other {# gesprekspartners gewijzigd}}. Het logboek voor de OR vermeldt wie het deed.',
  'gesprekspartners.conflict': 'Intussen is er een gesprekspartner of leidinggevende gewijzigd. Controleer het bestand opnieuw voordat je opslaat.',
} as const;

type GesprekspartnersKey = keyof typeof gesprekspartnersNl;

export const gesprekspartnersEn: { readonly [K in GesprekspartnersKey]: string } = {
  'gesprekspartners.title': 'Conversation partners',
  'gesprekspartners.intro':
    'Who holds the career conversations with whom? By default the manager in Entra ID. If your HR system (AFAS, Nmbrs, Visma, SD Worx) knows better, import an export with each employee’s e-mail address and their conversation partner’s. A conversation partner gets the same access as a manager.',
  'gesprekspartners.columns': 'Koers recognises columns such as “e-mail” or “employee e-mail” and “gesprekspartner e-mail” or “manager e-mail”. An empty partner means: the manager.',
  'gesprekspartners.export': 'Download the current list (.xlsx)',
  'gesprekspartners.exportBusy': 'Making the list…',
  'gesprekspartners.file': 'File from the HR system (.xlsx or .csv)',
  'gesprekspartners.pickFile': 'Choose a file first.',
  'gesprekspartners.tooLarge': 'This file is larger than 5 MB.',
  'gesprekspartners.check': 'Check',
  'gesprekspartners.checking': 'Checking…',
  'gesprekspartners.save': 'Save changes',
  'gesprekspartners.saving': 'Saving…',
  'gesprekspartners.preview':
    '{changes, plural, =0 {Nothing to change} one {# change} other {# changes}}{unchanged, plural, =0 {} one {, # row already matches} other {, # rows already match}}. Nothing is saved until you click “Save changes”.',
  'gesprekspartners.nothingToChange': '{rows, plural, one {The row already matches} other {All # rows already match}}: there is nothing to change.',
  'gesprekspartners.tableLabel': 'Who gets another conversation partner',
  'gesprekspartners.row': 'Row',
  'gesprekspartners.person': 'Employee',
  'gesprekspartners.from': 'Now',
  'gesprekspartners.to': 'Becomes',
  'gesprekspartners.nobody': 'nobody',
  'gesprekspartners.invalid': '{count, plural, one {One row is wrong} other {# rows are wrong}}. Nothing was saved: correct the file and check it again.',
  'gesprekspartners.saved': '{count, plural, one {# conversation partner changed} other {# conversation partners changed}}. The works council log records who did it.',
  'gesprekspartners.conflict': 'A conversation partner or manager changed meanwhile. Check the file again before you save.',
};
