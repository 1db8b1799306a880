import {
  builtInContent,
  ConflictError,
  copyTemplate,
  ForbiddenError,
  hasRole,
  isBuiltIn,
  KOERS_STANDAARD,
  KOERS_STANDAARD_ID,
  KOERS_STANDAARD_REF,
  MAX_TEMPLATES,
  nextTemplateVersion,
  NotFoundError,
  TemplateError,
  type Actor,
  type Clock,
  type CopyTemplateRequest,
  type PublishTemplateRequest,
  type Stores,
  type TemplateContent,
  type TemplateHistoryEntry,
  type TemplateListResponse,
  type TemplateRef,
  type TemplateSummary,
  type TemplateVersion,
  type TemplateVersionResponse,
} from '@koers/domain';
import { templateForNewConversation } from './pinnedTemplate';
import { templateLabel, type RecordChange } from '../privacy/changeLog';

/**
 * The organisation's conversation templates. Everyone in the organisation reads them (they are
 * the questions and prompts of their own conversations); only Koers.HR copies one, publishes a
 * new version or chooses which one new conversations start with.
 */
export interface TemplateService {
  list(actor: Actor): Promise<TemplateListResponse>;
  get(actor: Actor, ref: TemplateRef): Promise<TemplateVersionResponse>;
  copy(actor: Actor, request: CopyTemplateRequest): Promise<TemplateVersionResponse>;
  publish(actor: Actor, templateId: string, request: PublishTemplateRequest): Promise<TemplateVersionResponse>;
  use(actor: Actor, templateId: string): Promise<TemplateListResponse>;
}

export interface TemplateServiceOptions {
  stores: Pick<Stores, 'templates' | 'people'>;
  clock: Clock;
  /** A new template's id; random by default. */
  newTemplateId?: (name: string) => string;
  /** The works council's change log: which template and version, never its questions. */
  recordChange?: RecordChange;
}

function requireHr(actor: Actor): void {
  if (!hasRole(actor, 'hr')) throw new ForbiddenError('hr-only');
}

/** A readable, unique id: the name's first letters and a random tail ("techniek-3f9a2c"). */
function slugId(name: string): string {
  const base = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${base || 'sjabloon'}-${crypto.randomUUID().slice(0, 8)}`;
}

export function createTemplateService({ stores, clock, newTemplateId = slugId, recordChange = async () => undefined }: TemplateServiceOptions): TemplateService {
  async function content(tenantId: string, ref: TemplateRef): Promise<TemplateContent & { stored?: TemplateVersion }> {
    const builtIn = builtInContent(ref);
    if (builtIn) return builtIn;
    const stored = await stores.templates.get(tenantId, ref);
    if (!stored) throw new NotFoundError('Template', `${ref.templateId}@${ref.version}`);
    return { ...stored, stored };
  }

  async function history(tenantId: string, templateId: string): Promise<TemplateHistoryEntry[]> {
    if (templateId === KOERS_STANDAARD_ID) return [{ version: 1, name: KOERS_STANDAARD.name }];
    const versions = (await stores.templates.listVersions(tenantId)).filter((v) => v.templateId === templateId);
    const names = new Map<string, string>();
    for (const by of new Set(versions.map((v) => v.createdBy))) {
      const person = await stores.people.get(tenantId, by);
      if (person) names.set(by, person.value.displayName);
    }
    return versions
      .map((v) => {
        const name = names.get(v.createdBy);
        return { version: v.version, name: v.name, createdAt: v.createdAt, createdBy: v.createdBy, ...(name ? { createdByName: name } : {}) };
      })
      .reverse();
  }

  async function view(tenantId: string, ref: TemplateRef): Promise<TemplateVersionResponse> {
    const found = await content(tenantId, ref);
    const { name, questions, sectionPrompts, variants, stored } = found;
    return {
      templateId: ref.templateId,
      version: ref.version,
      builtIn: isBuiltIn(ref),
      name,
      questions,
      sectionPrompts,
      variants,
      ...(stored?.basedOn ? { basedOn: stored.basedOn } : {}),
      ...(stored ? { createdAt: stored.createdAt } : {}),
      history: await history(tenantId, ref.templateId),
    };
  }

  async function list(tenantId: string): Promise<TemplateListResponse> {
    const [versions, inUse] = await Promise.all([stores.templates.listVersions(tenantId), templateForNewConversation(stores, tenantId)]);
    const latest = new Map<string, TemplateVersion>();
    for (const v of versions) latest.set(v.templateId, v);
    const templates: TemplateSummary[] = [
      { templateId: KOERS_STANDAARD_ID, name: KOERS_STANDAARD.name, latestVersion: 1, builtIn: true, inUse: isBuiltIn(inUse) },
      ...[...latest.values()]
        .map((v) => ({ templateId: v.templateId, name: v.name, latestVersion: v.version, builtIn: false, inUse: v.templateId === inUse.templateId, updatedAt: v.createdAt }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    ];
    return { templates, inUse };
  }

  return {
    list: async (actor) => list(actor.tenantId),

    get: async (actor, ref) => view(actor.tenantId, ref),

    async copy(actor, request) {
      requireHr(actor);
      const source = await content(actor.tenantId, request.from);
      const templateIds = new Set((await stores.templates.listVersions(actor.tenantId)).map((v) => v.templateId));
      if (templateIds.size >= MAX_TEMPLATES) throw new TemplateError('too-many-templates');
      const first = copyTemplate(
        { ref: request.from, content: { name: source.name, questions: source.questions, sectionPrompts: source.sectionPrompts, variants: source.variants } },
        newTemplateId(request.name),
        request.name,
        { tenantId: actor.tenantId, by: actor.id, at: clock.now().toISOString() },
      );
      await stores.templates.create(first);
      await recordChange({
        tenantId: actor.tenantId,
        kind: 'template-changed',
        actorId: actor.id,
        details: { action: 'copied', templateId: first.templateId, version: first.version, basedOn: templateLabel(request.from) },
      });
      return view(actor.tenantId, first);
    },

    async publish(actor, templateId, request) {
      requireHr(actor);
      if (templateId === KOERS_STANDAARD_ID) throw new TemplateError('template-read-only');
      const latest = await stores.templates.latest(actor.tenantId, templateId);
      if (!latest) throw new NotFoundError('Template', templateId);
      const { basedOnVersion, ...edited } = request;
      const next = nextTemplateVersion(latest, basedOnVersion, edited, { tenantId: actor.tenantId, by: actor.id, at: clock.now().toISOString() });
      try {
        await stores.templates.create(next);
      } catch (error) {
        // A colleague published this version number first.
        if (error instanceof ConflictError) throw new TemplateError('template-stale');
        throw error;
      }
      await recordChange({ tenantId: actor.tenantId, kind: 'template-changed', actorId: actor.id, details: { action: 'published', templateId, version: next.version } });
      return view(actor.tenantId, next);
    },

    async use(actor, templateId) {
      requireHr(actor);
      if (templateId !== KOERS_STANDAARD_REF.templateId && !(await stores.templates.latest(actor.tenantId, templateId))) throw new NotFoundError('Template', templateId);
      const was = (await stores.templates.inUse(actor.tenantId))?.templateId ?? KOERS_STANDAARD_REF.templateId;
      await stores.templates.setInUse({ id: 'in-gebruik', tenantId: actor.tenantId, templateId, updatedAt: clock.now().toISOString(), updatedBy: actor.id });
      if (was !== templateId) await recordChange({ tenantId: actor.tenantId, kind: 'template-changed', actorId: actor.id, details: { action: 'in-use', templateId, templateIdWas: was } });
      return list(actor.tenantId);
    },
  };
}
