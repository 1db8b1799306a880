import { koersApi, type KoersApi } from '../api/koersApi';
import { useApi } from './apiContext';

/**
 * Every capability's calls in one object (koersApi), over the signed-in caller. For the pages
 * behind the first screen: the shell and the home page use their own capability's client
 * (`useApi(homeApi)`), because this one brings every contract and its schemas along.
 */
export function useKoersApi(): KoersApi {
  return useApi(koersApi);
}
