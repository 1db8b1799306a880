import { createHash, timingSafeEqual } from 'node:crypto';
import type { HttpRequest } from '@azure/functions';

/**
 * The Function App admits API Management by its service tag, which every API Management instance
 * in Azure matches. Koers' own gateway proves it is Koers' own by sending a secret in this header
 * (its policy sets it from a Key Vault named value: scripts/lib/apiGatewayPolicy.ts); the same
 * secret reaches the app as KOERS_GATEWAY_KEY (infra/modules/functionApp.bicep, docs/security.md).
 */
export const GATEWAY_KEY_HEADER = 'X-Koers-Gateway-Key';

/** The API Management named value that holds the secret (infra/modules/apiGateway.bicep). */
export const GATEWAY_KEY_NAMED_VALUE = 'koers-gateway-key';

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/**
 * Whether a request came through the gateway: always, without a key (local mode). The compare
 * takes the same time whatever the header holds: both sides are hashed to equal lengths first.
 */
export function fromGateway(key: string | undefined): (request: Pick<HttpRequest, 'headers'>) => boolean {
  if (key === undefined) return () => true;
  const expected = digest(key);
  return (request) => {
    const sent = request.headers.get(GATEWAY_KEY_HEADER);
    return sent !== null && timingSafeEqual(digest(sent), expected);
  };
}
