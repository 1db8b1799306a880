import type { GoalKind, GoalRoute } from '../pop/schema';
import type { Catalogue } from './messages';

/**
 * The POP's words outside the tab: goal kinds and routes as people say them, and the texts of the
 * "Gemaakte afspraken" PDF. Keyed on the schema's stable slugs. nl is the source, nl-BE
 * overrides where Flemish wording differs ("opvolgingsgesprek"), en-GB second.
 */

export const goalKindLabels: Catalogue<Record<GoalKind, string>> = {
  nl: {
    verdiepen: 'Verdiepen in de eigen functie',
    verbreden: 'Verbreden in de eigen functie',
    doorgroeien: 'Doorgroeien',
    vitaliteit: 'Vitaliteit',
    mobiliteit: 'Mobiliteit',
  },
  'nl-BE': {},
  en: {
    verdiepen: 'Deepening in the current job',
    verbreden: 'Broadening in the current job',
    doorgroeien: 'Moving up',
    vitaliteit: 'Vitality',
    mobiliteit: 'Mobility',
  },
};

export const goalRouteLabels: Catalogue<Record<GoalRoute, string>> = {
  nl: {
    opleiding: 'Opleiding',
    'coaching-leidinggevende': 'Coaching door de leidinggevende',
    'coaching-collega': 'Coaching door een collega',
    taakuitbreiding: 'Taakuitbreiding',
    meelopen: 'Meelopen',
    jobcrafting: 'Jobcrafting',
    rotatie: 'Rotatie',
    remotie: 'Remotie',
    extern: 'Extern',
  },
  'nl-BE': {},
  en: {
    opleiding: 'Training',
    'coaching-leidinggevende': 'Coaching by the manager',
    'coaching-collega': 'Coaching by a colleague',
    taakuitbreiding: 'Extra tasks',
    meelopen: 'Shadowing',
    jobcrafting: 'Job crafting',
    rotatie: 'Job rotation',
    remotie: 'Step back by choice',
    extern: 'External',
  },
};

export interface AgreementsPdfTexts {
  title: string;
  /** The PDF's metadata title (window title bar): "Gemaakte afspraken — Ahmed Yilmaz, versie 2". */
  documentTitle(employeeName: string, version: number): string;
  employee: string;
  manager: string;
  /** "Versie 2, vastgesteld op 8 december 2026". */
  version(number: number, date: string): string;
  goals: string;
  kind: string;
  route: string;
  actions: string;
  successCriteria: string;
  acceptance: string;
  /** "medewerker en leidinggevende" / "alleen de medewerker" / "nog niet". */
  acceptedBy(employee: boolean, manager: boolean): string;
  realism: string;
  realismChecked: string;
  realismNotChecked: string;
  deadline: string;
  milestones: string;
  wat: string;
  hoe: string;
  wanneer: string;
  waar: string;
  middelen: string;
  budget(euroAmount: string): string;
  grantedHours(hours: string): string;
  begeleiding: string;
  inzet: string;
  hours(hours: string): string;
  voortgangsgesprekken: string;
  noGoals: string;
  signatures: string;
  /** "Goedgekeurd door Ahmed Yilmaz op 8 december 2026 om 10:12". */
  approvedBy(name: string, date: string, time: string): string;
  notApproved(name: string): string;
  /** Footer: "Gemaakt op 8 december 2026 om 10:15 met Koers". */
  generatedAt(date: string, time: string): string;
}

export const agreementsPdfTexts: Catalogue<AgreementsPdfTexts> = {
  nl: {
    title: 'Gemaakte afspraken',
    documentTitle: (name, version) => `Gemaakte afspraken — ${name}, versie ${version}`,
    employee: 'Medewerker',
    manager: 'Leidinggevende',
    version: (number, date) => `Versie ${number}, vastgesteld op ${date}`,
    goals: 'Doelen',
    kind: 'Soort',
    route: 'Route',
    actions: 'Acties',
    successCriteria: 'Succescriteria',
    acceptance: 'Akkoord',
    acceptedBy: (employee, manager) =>
      employee && manager ? 'medewerker en leidinggevende' : employee ? 'alleen de medewerker' : manager ? 'alleen de leidinggevende' : 'nog niet',
    realism: 'Haalbaarheid',
    realismChecked: 'besproken',
    realismNotChecked: 'niet besproken',
    deadline: 'Deadline',
    milestones: 'Mijlpalen',
    wat: 'Wat',
    hoe: 'Hoe',
    wanneer: 'Wanneer',
    waar: 'Waar',
    middelen: 'Middelen',
    budget: (amount) => `budget ${amount}`,
    grantedHours: (hours) => `${hours} uur werktijd`,
    begeleiding: 'Begeleiding',
    inzet: 'Eigen inzet',
    hours: (hours) => `${hours} uur`,
    voortgangsgesprekken: 'Voortgangsgesprekken',
    noGoals: 'Deze versie bevat geen doelen.',
    signatures: 'Akkoord van beide partijen',
    approvedBy: (name, date, time) => `Goedgekeurd door ${name} op ${date} om ${time}`,
    notApproved: (name) => `Nog niet goedgekeurd door ${name}`,
    generatedAt: (date, time) => `Gemaakt op ${date} om ${time} met Koers`,
  },
  'nl-BE': {
    voortgangsgesprekken: 'Opvolgingsgesprekken',
    acceptedBy: (employee, manager) =>
      employee && manager ? 'medewerker en leidinggevende' : employee ? 'enkel de medewerker' : manager ? 'enkel de leidinggevende' : 'nog niet',
  },
  en: {
    title: 'Agreements made',
    documentTitle: (name, version) => `Agreements made — ${name}, version ${version}`,
    employee: 'Employee',
    manager: 'Manager',
    version: (number, date) => `Version ${number}, agreed on ${date}`,
    goals: 'Goals',
    kind: 'Kind',
    route: 'Route',
    actions: 'Actions',
    successCriteria: 'Success criteria',
    acceptance: 'Agreed by',
    acceptedBy: (employee, manager) =>
      employee && manager ? 'employee and manager' : employee ? 'the employee only' : manager ? 'the manager only' : 'not yet',
    realism: 'Feasibility',
    realismChecked: 'discussed',
    realismNotChecked: 'not discussed',
    deadline: 'Deadline',
    milestones: 'Milestones',
    wat: 'What',
    hoe: 'How',
    wanneer: 'When',
    waar: 'Where',
    middelen: 'Resources',
    budget: (amount) => `budget ${amount}`,
    grantedHours: (hours) => `${hours} hours of working time`,
    begeleiding: 'Guidance',
    inzet: 'Own effort',
    hours: (hours) => `${hours} hours`,
    voortgangsgesprekken: 'Progress reviews',
    noGoals: 'This version has no goals.',
    signatures: 'Approval by both parties',
    approvedBy: (name, date, time) => `Approved by ${name} on ${date} at ${time}`,
    notApproved: (name) => `Not yet approved by ${name}`,
    generatedAt: (date, time) => `Generated on ${date} at ${time} by Koers`,
  },
};
