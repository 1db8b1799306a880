import { fromGateway, GATEWAY_KEY_HEADER } from './gatewayKey';

const KEY = 'dQw4w9WgXcQ-koers-gateway-key-of-forty-chars';
const request = (headers: Record<string, string> = {}) => ({ headers: new Headers(headers) });

describe("the check that a request came through Koers' own gateway", () => {
  it('admits a request that carries the key', () => {
    expect(fromGateway(KEY)(request({ [GATEWAY_KEY_HEADER]: KEY }))).toBe(true);
  });

  it("refuses a request without the key, with another gateway's key, or with the key cut short or extended", () => {
    const admitted = fromGateway(KEY);
    expect(admitted(request())).toBe(false);
    expect(admitted(request({ [GATEWAY_KEY_HEADER]: '' }))).toBe(false);
    expect(admitted(request({ [GATEWAY_KEY_HEADER]: 'another-gateway-another-key-of-forty-chars' }))).toBe(false);
    expect(admitted(request({ [GATEWAY_KEY_HEADER]: KEY.slice(0, -1) }))).toBe(false);
    expect(admitted(request({ [GATEWAY_KEY_HEADER]: `${KEY}x` }))).toBe(false);
    expect(admitted(request({ authorization: `Bearer ${KEY}` }))).toBe(false);
  });

  it('admits every request when no key is configured, as in local mode', () => {
    expect(fromGateway(undefined)(request())).toBe(true);
  });
});
