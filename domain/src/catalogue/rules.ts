import { formatDate, parseDate, type CivilDate } from '../booking/zonedTime';
import type { Catalogue, CareerPath, Certificate, CompetenceLevel, JobFunction, LearningItem } from './schema';

/** One thing wrong in a catalogue: which list, which entry, which field, and what. */
export interface CatalogueProblem {
  list: keyof Catalogue;
  index: number;
  field: string;
  code: 'duplicate-id' | 'unknown-family' | 'unknown-competence' | 'unknown-certificate' | 'unknown-function' | 'duplicate-path';
  value: string;
}

function ids<T extends { id: string }>(items: readonly T[]): Set<string> {
  return new Set(items.map((i) => i.id));
}

function duplicates<T extends { id: string }>(list: keyof Catalogue, items: readonly T[]): CatalogueProblem[] {
  const seen = new Set<string>();
  const found: CatalogueProblem[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.id)) found.push({ list, index, field: 'id', code: 'duplicate-id', value: item.id });
    seen.add(item.id);
  });
  return found;
}

/**
 * Every reference in the catalogue points at something that exists, and no id is used twice:
 * the function house has no dead links. Cycles between functions are allowed (a horizontal move
 * and back is a real path); listing them is `reachableFunctions`' business.
 */
export function catalogueProblems(catalogue: Catalogue): CatalogueProblem[] {
  const competences = ids(catalogue.competences);
  const families = ids(catalogue.families);
  const functions = ids(catalogue.functions);
  const certificates = ids(catalogue.certificates);
  const problems: CatalogueProblem[] = [
    ...duplicates('competences', catalogue.competences),
    ...duplicates('families', catalogue.families),
    ...duplicates('functions', catalogue.functions),
    ...duplicates('certificates', catalogue.certificates),
    ...duplicates('learning', catalogue.learning),
  ];
  catalogue.functions.forEach((fn, index) => {
    if (!families.has(fn.familyId)) problems.push({ list: 'functions', index, field: 'familyId', code: 'unknown-family', value: fn.familyId });
    for (const r of fn.requirements) {
      if (!competences.has(r.competenceId)) problems.push({ list: 'functions', index, field: 'requirements', code: 'unknown-competence', value: r.competenceId });
    }
    for (const c of fn.mandatoryCertificateIds) {
      if (!certificates.has(c)) problems.push({ list: 'functions', index, field: 'mandatoryCertificateIds', code: 'unknown-certificate', value: c });
    }
  });
  const pathKeys = new Set<string>();
  catalogue.paths.forEach((path, index) => {
    for (const field of ['fromFunctionId', 'toFunctionId'] as const) {
      if (!functions.has(path[field])) problems.push({ list: 'paths', index, field, code: 'unknown-function', value: path[field] });
    }
    const key = `${path.fromFunctionId}>${path.toFunctionId}>${path.kind}`;
    if (pathKeys.has(key)) problems.push({ list: 'paths', index, field: 'toFunctionId', code: 'duplicate-path', value: path.toFunctionId });
    pathKeys.add(key);
  });
  catalogue.learning.forEach((item, index) => {
    for (const f of item.forFunctionIds) if (!functions.has(f)) problems.push({ list: 'learning', index, field: 'forFunctionIds', code: 'unknown-function', value: f });
    for (const c of item.forCompetenceIds) if (!competences.has(c)) problems.push({ list: 'learning', index, field: 'forCompetenceIds', code: 'unknown-competence', value: c });
    if (item.certificateId && !certificates.has(item.certificateId)) {
      problems.push({ list: 'learning', index, field: 'certificateId', code: 'unknown-certificate', value: item.certificateId });
    }
  });
  return problems;
}

/** A function someone can move to, with the first step and how many steps away it is. */
export interface ReachableFunction {
  function: JobFunction;
  /** The step from the start (or the first step of the shortest route there). */
  via: CareerPath;
  steps: number;
}

/**
 * The functions reachable from `functionId` along career paths, nearest first, each once — a
 * cycle (monteur → werkvoorbereider → monteur) never lists a function twice, and never the start.
 */
export function reachableFunctions(catalogue: Catalogue, functionId: string, maxSteps = 3): ReachableFunction[] {
  const byId = new Map(catalogue.functions.map((f) => [f.id, f]));
  const out = new Map<string, CareerPath[]>();
  for (const path of catalogue.paths) out.set(path.fromFunctionId, [...(out.get(path.fromFunctionId) ?? []), path]);
  const found = new Map<string, ReachableFunction>();
  let frontier: { id: string; first?: CareerPath }[] = [{ id: functionId }];
  for (let steps = 1; steps <= maxSteps && frontier.length > 0; steps++) {
    const next: { id: string; first?: CareerPath }[] = [];
    for (const { id, first } of frontier) {
      for (const path of out.get(id) ?? []) {
        const target = byId.get(path.toFunctionId);
        if (!target || path.toFunctionId === functionId || found.has(path.toFunctionId)) continue;
        const via = first ?? path;
        found.set(path.toFunctionId, { function: target, via, steps });
        next.push({ id: path.toFunctionId, first: via });
      }
    }
    frontier = next;
  }
  return [...found.values()];
}

/** One competence a target function asks more of than the person has now. */
export interface CompetenceGap {
  competenceId: string;
  name: string;
  expected: CompetenceLevel;
  /** 0 when the person has not rated it and their current function does not ask it. */
  current: number;
  /** Learning offer that works on this competence, internal first, cheapest first. */
  learning: LearningItem[];
}

/**
 * What someone still lacks for `target`: per required competence, the level the target expects
 * against what they have — their own rating where they gave one, else the level their current
 * function asks (they do that job already). Largest gaps first.
 */
export function competenceGap(
  catalogue: Catalogue,
  input: { currentFunctionId?: string; targetFunctionId: string; selfAssessment?: ReadonlyMap<string, number> },
): CompetenceGap[] {
  const target = catalogue.functions.find((f) => f.id === input.targetFunctionId);
  if (!target) return [];
  const current = catalogue.functions.find((f) => f.id === input.currentFunctionId);
  const baseline = new Map((current?.requirements ?? []).map((r) => [r.competenceId, r.level]));
  const names = new Map(catalogue.competences.map((c) => [c.id, c.name]));
  const gaps: CompetenceGap[] = [];
  for (const requirement of target.requirements) {
    const has = input.selfAssessment?.get(requirement.competenceId) ?? baseline.get(requirement.competenceId) ?? 0;
    if (has >= requirement.level) continue;
    gaps.push({
      competenceId: requirement.competenceId,
      name: names.get(requirement.competenceId) ?? requirement.competenceId,
      expected: requirement.level,
      current: has,
      learning: learningFor(catalogue, { competenceId: requirement.competenceId }),
    });
  }
  return gaps.sort((a, b) => b.expected - b.current - (a.expected - a.current) || a.name.localeCompare(b.name, 'nl'));
}

/** The learning offer for a competence or a function: internal items first, then by what it costs the employee. */
export function learningFor(catalogue: Catalogue, about: { competenceId?: string; functionId?: string; certificateId?: string }): LearningItem[] {
  return catalogue.learning
    .filter(
      (item) =>
        (about.competenceId !== undefined && item.forCompetenceIds.includes(about.competenceId)) ||
        (about.functionId !== undefined && item.forFunctionIds.includes(about.functionId)) ||
        (about.certificateId !== undefined && item.certificateId === about.certificateId),
    )
    .sort((a, b) => Number(b.internal) - Number(a.internal) || netCost(a) - netCost(b) || a.title.localeCompare(b.title, 'nl'));
}

/** What an item costs after the fund or scheme pays its part. */
export function netCost(item: Pick<LearningItem, 'costEuro' | 'funding'>): number {
  return Math.max(0, item.costEuro - (item.funding?.amountEuro ?? 0));
}

/**
 * What the employee pays. Training the law or the collective agreement requires for the job is
 * free for the employee and happens in working time (NL: art. 7:611a BW); so is anything the
 * organisation pays in full.
 */
export function costForEmployee(item: Pick<LearningItem, 'certificateId'>, fn: Pick<JobFunction, 'mandatoryCertificateIds'> | undefined): 'free-required' | 'employer' {
  return item.certificateId !== undefined && fn?.mandatoryCertificateIds.includes(item.certificateId) ? 'free-required' : 'employer';
}

/**
 * `months` calendar months after `date`, clamped to the month's last day: a certificate obtained
 * on 29 February 2024 and valid 12 months expires on 28 February 2025, not on 1 March.
 */
export function addMonths(date: CivilDate, months: number): CivilDate {
  const total = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(date.day, lastDay) };
}

/**
 * The "geldig tot" date of a certificate obtained on `obtainedOn`: the same day `validityMonths`
 * later, as diplomas print it (obtained 15-03-2017, ten years → geldig tot 15-03-2027). Undefined
 * when it does not expire.
 */
export function certificateExpiry(certificate: Pick<Certificate, 'validityMonths'>, obtainedOn: string): string | undefined {
  if (certificate.validityMonths === undefined) return undefined;
  return formatDate(addMonths(parseDate(obtainedOn), certificate.validityMonths));
}

/** The days the employee and the manager are warned: three months and one month before expiry. */
export function expiryWarningDays(expiresOn: string): { threeMonths: string; oneMonth: string } {
  const expiry = parseDate(expiresOn);
  return { threeMonths: formatDate(addMonths(expiry, -3)), oneMonth: formatDate(addMonths(expiry, -1)) };
}

export type CertificateState = 'geldig' | 'verloopt-binnenkort' | 'verlopen' | 'ontbreekt';

/** A certificate valid until `expiresOn` (its last valid day), as of `today`: "verloopt binnenkort" from three months before. */
export function certificateValidity(expiresOn: string, today: string): Exclude<CertificateState, 'ontbreekt'> {
  if (expiresOn < today) return 'verlopen';
  return expiryWarningDays(expiresOn).threeMonths <= today ? 'verloopt-binnenkort' : 'geldig';
}

export interface HeldCertificate {
  certificateId?: string;
  title: string;
  obtainedOn: string;
  expiresOn?: string;
}

function normalised(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Whether a portfolio certificate is this certificate: linked by id, or its title names it as a word. */
function isCertificate(held: HeldCertificate, certificate: Certificate): boolean {
  if (held.certificateId !== undefined) return held.certificateId === certificate.id;
  const title = ` ${normalised(held.title)} `;
  return title.includes(` ${normalised(certificate.name)} `);
}

export interface MandatoryCertificateStatus {
  certificate: Certificate;
  state: CertificateState;
  expiresOn?: string;
}

/**
 * Per certificate the function requires: does the person hold it, and until when. The newest
 * matching portfolio entry counts; its own expiry date wins over the validity the catalogue gives.
 * "verloopt-binnenkort" from three months before the last valid day.
 */
export function mandatoryCertificates(catalogue: Catalogue, fn: JobFunction, held: readonly HeldCertificate[], today: string): MandatoryCertificateStatus[] {
  return fn.mandatoryCertificateIds.flatMap((id): MandatoryCertificateStatus[] => {
    const certificate = catalogue.certificates.find((c) => c.id === id);
    if (!certificate) return [];
    const newest = held.filter((h) => isCertificate(h, certificate)).sort((a, b) => b.obtainedOn.localeCompare(a.obtainedOn))[0];
    if (!newest) return [{ certificate, state: 'ontbreekt' }];
    const expiresOn = newest.expiresOn ?? certificateExpiry(certificate, newest.obtainedOn);
    if (expiresOn === undefined) return [{ certificate, state: 'geldig' }];
    return [{ certificate, state: certificateValidity(expiresOn, today), expiresOn }];
  });
}
