import type { MeResponse, MyLanguageResponse } from '@koers/contracts';
import type { Locale } from '@koers/domain';
import type { AuthorizedCall } from './authorizedApi';
import { apiClient } from './client';
import { endpoint } from './endpoint';

const me = endpoint({ name: 'me', method: 'GET', path: 'me', response: { kind: 'json' } });
const setMyLanguage = endpoint({ name: 'setMyLanguage', method: 'PUT', path: 'me/language', body: true, response: { kind: 'json' } });

/** Who is signed in, and the language Koers speaks to them: the shell's first read. */
export interface PeopleApi {
  me(signal?: AbortSignal): Promise<MeResponse>;
  /** The language Koers speaks to me (null: none of my own). */
  setMyLanguage(locale: Locale | null): Promise<MyLanguageResponse>;
}

export function peopleApi(call: AuthorizedCall): PeopleApi {
  const client = apiClient(call);
  return {
    me: (signal) => client.call(me, { signal }),
    setMyLanguage: (locale) => client.call(setMyLanguage, { body: { locale } }),
  };
}
