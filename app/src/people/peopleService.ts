import {
  isLeaderOf,
  canViewPerson,
  ConcurrencyError,
  ForbiddenError,
  hasRole,
  isConversationParty,
  NotFoundError,
  readAll,
  type Actor,
  type Clock,
  type Conversation,
  type Locale,
  type OrganisationSettings,
  type Page,
  type PageRequest,
  type Person,
  type Stores,
} from '@koers/domain';
import { createAccessRecorder } from '../privacy/accessLog';

/**
 * Who is who, as the signed-in person may see it: their own page (organisation, manager, team),
 * a colleague's card, and the list of their career conversations — their own, or as a manager
 * those with their team. Everything is read inside the actor's own organisation, so someone of
 * another organisation is simply not found.
 */

export interface MyPage {
  organisation: OrganisationSettings;
  manager?: Person;
  reports: Person[];
}

export interface PeopleService {
  me(actor: Actor): Promise<MyPage>;
  /** NotFoundError outside the actor's organisation (as for an id that exists nowhere); ForbiddenError for someone they may not see. */
  person(actor: Actor, id: string): Promise<Person>;
  /** `team`: the conversations the actor holds as manager (managers only, else ForbiddenError). */
  conversations(actor: Actor, scope: 'mine' | 'team', page: PageRequest): Promise<Page<Conversation>>;
  /**
   * The language Koers speaks to the actor, chosen by themselves (their own page, the chat's
   * offer); null: none, so the directory's or the organisation's counts again (personLocale).
   * Chat and tab read it from the same record, so both switch at once.
   */
  chooseLanguage(actor: Actor, locale: Locale | null): Promise<Person>;
}

/** A write that lost to another (a directory sync run) is made again on the fresh record. */
const LANGUAGE_WRITE_TRIES = 3;

export function createPeopleService(options: { stores: Pick<Stores, 'organisations' | 'people' | 'conversations' | 'accessLog'>; clock?: Clock }): PeopleService {
  const { stores } = options;
  const access = createAccessRecorder({ stores, clock: options.clock ?? { now: () => new Date() } });
  return {
    async me(actor) {
      const [organisation, manager, reports] = await Promise.all([
        stores.organisations.get(actor.tenantId),
        actor.managerId ? stores.people.get(actor.tenantId, actor.managerId) : Promise.resolve(undefined),
        readAll((page) => stores.people.listTeam(actor.tenantId, actor.id, page)),
      ]);
      // Tokens are only accepted for known organisations, so this is a race with a deletion.
      if (!organisation) throw new ForbiddenError('unknown-tenant');
      return { organisation: organisation.value, ...(manager ? { manager: manager.value } : {}), reports };
    },

    async person(actor, id) {
      const target = await stores.people.get(actor.tenantId, id.toLowerCase());
      if (!target) throw new NotFoundError('Person', id);
      if (!canViewPerson(actor, target.value)) throw new ForbiddenError();
      await access.read(actor, target.value.id, 'person', isLeaderOf(target.value, actor.id) ? 'manager' : 'hr');
      return target.value;
    },

    async conversations(actor, scope, page) {
      if (scope === 'team' && !hasRole(actor, 'manager')) throw new ForbiddenError();
      const result =
        scope === 'team'
          ? await stores.conversations.listForManager(actor.tenantId, actor.id, page)
          : await stores.conversations.listForEmployee(actor.tenantId, actor.id, page);
      // Defence in depth: the query already filters on tenant and party.
      return { items: result.items.filter((c) => isConversationParty(actor, c)), ...(result.continuationToken ? { continuationToken: result.continuationToken } : {}) };
    },

    async chooseLanguage(actor, locale) {
      for (let attempt = 1; ; attempt++) {
        const stored = await stores.people.get(actor.tenantId, actor.id);
        if (!stored) throw new NotFoundError('Person', actor.id);
        const { chosenLocale: _previous, ...rest } = stored.value;
        try {
          return (await stores.people.replace(locale ? { ...rest, chosenLocale: locale } : rest, stored.etag)).value;
        } catch (error) {
          if (!(error instanceof ConcurrencyError) || attempt >= LANGUAGE_WRITE_TRIES) throw error;
        }
      }
    },
  };
}
