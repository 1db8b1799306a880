import {
  ChangeLogEntry,
  ForbiddenError,
  hasRole,
  type Actor,
  type ChangeDetails,
  type ChangeInput,
  type ChangeLogResponse,
  type Clock,
  type OrganisationProfile,
  type PageRequest,
  type Round,
  type Stores,
  type TemplateRef,
} from '@koers/domain';

/**
 * The works council's change log in the app: `recordChange` is the one call any use case makes
 * after a change the OR consented to (roles, retention, erasures, the directory scope, templates,
 * rounds); HR and administrators read the log to show it to the OR.
 */
export type RecordChange = (change: ChangeInput) => Promise<void>;

export function createChangeRecorder({ stores, clock, newId = () => globalThis.crypto.randomUUID() }: { stores: Pick<Stores, 'changeLog'>; clock: Clock; newId?: () => string }): RecordChange {
  return async (change) => {
    const at = clock.now().toISOString();
    // The time first: ids sort like the log reads, newest last, whatever the random part.
    await stores.changeLog.record(ChangeLogEntry.parse({ ...change, id: `${at}|${newId()}`, at }));
  };
}

/** A setting as a use case hands it to the log: a short value, a list of numbers, or a structured value. */
type SettingValue = string | number | boolean | readonly number[] | object;
type Settings = Readonly<Record<string, SettingValue>>;

function shortValue(value: SettingValue): string | number | boolean | undefined {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.every((n) => typeof n === 'number')) return value.join(', ');
  return undefined;
}

/**
 * The settings that differ, as a change's details: the new value under the setting's name and the
 * old one under `<name>Was`; a list of numbers as "14, 7, 1"; a structured value (working hours,
 * days off) only as `<name>Changed: true`, since the log keeps short values only. Without
 * `before` (something new) every setting is listed, without a `Was`.
 */
export function changedSettings(before: Settings | undefined, after: Settings): ChangeDetails {
  const details: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(after)) {
    const was = before?.[key];
    if (before && JSON.stringify(was) === JSON.stringify(value)) continue;
    const now = shortValue(value);
    const old = was === undefined ? undefined : shortValue(was);
    if (now === undefined || (was !== undefined && old === undefined)) {
      details[`${key}Changed`] = true;
      continue;
    }
    details[key] = now;
    if (old !== undefined) details[`${key}Was`] = old;
  }
  return details;
}

/** The organisation's profile as the log compares it; the directory scope has its own kind of change. */
export function profileSettings({ directoryScope: _scope, ...rest }: OrganisationProfile): Settings {
  return rest;
}

export function templateLabel(ref: TemplateRef): string {
  return `${ref.templateId}@${ref.version}`;
}

/** A round's settings as the log keeps them: whom it is for by kind and size, never the people or departments. */
export function roundSettings(round: Pick<Round, 'name' | 'period' | 'audience' | 'conversationType' | 'template' | 'employeesMayStart' | 'allowSameDay' | 'nudgeWeeksBeforeEnd'>): Settings {
  const { audience } = round;
  return {
    name: round.name,
    period: `${round.period.from} – ${round.period.to}`,
    audience: audience.kind,
    ...(audience.kind === 'departments' ? { audienceSize: audience.departments.length } : audience.kind === 'group' ? { audienceSize: audience.personIds.length } : {}),
    conversationType: round.conversationType,
    template: templateLabel(round.template),
    employeesMayStart: round.employeesMayStart,
    allowSameDay: round.allowSameDay,
    nudgeWeeksBeforeEnd: round.nudgeWeeksBeforeEnd,
  };
}

export interface ChangeLogService {
  /** The tenant's changes, newest first, with the names of who made them and whom they are about. */
  list(actor: Actor, page?: PageRequest): Promise<ChangeLogResponse>;
}

export function createChangeLogService({ stores }: { stores: Pick<Stores, 'changeLog' | 'people'> }): ChangeLogService {
  return {
    async list(actor, page) {
      if (!hasRole(actor, 'hr') && !hasRole(actor, 'admin')) throw new ForbiddenError('hr-only');
      const result = await stores.changeLog.list(actor.tenantId, page);
      const ids = [...new Set(result.items.flatMap((e) => [e.actorId, e.subjectId]).filter((id): id is string => id !== undefined))];
      const people = await Promise.all(ids.map((id) => stores.people.get(actor.tenantId, id)));
      const names = new Map(people.flatMap((p) => (p ? [[p.value.id, p.value.displayName] as const] : [])));
      return {
        items: result.items.map(({ tenantId: _tenant, ...entry }) => ({
          ...entry,
          ...(entry.actorId && names.has(entry.actorId) ? { actorName: names.get(entry.actorId) } : {}),
          ...(entry.subjectId && names.has(entry.subjectId) ? { subjectName: names.get(entry.subjectId) } : {}),
        })),
        ...(result.continuationToken ? { continuationToken: result.continuationToken } : {}),
      };
    },
  };
}
