/**
 * `npx tsx scripts/api-gateway-policy.ts`: writes infra/generated/apiGatewayPolicy.xml, API
 * Management's rate limits in Azure, from the local host's quotas (scripts/lib/apiGatewayPolicy.ts).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { API_GATEWAY_POLICY_PATH, renderApiGatewayPolicy } from './lib/apiGatewayPolicy';
import { REPO_ROOT } from './lib/paths';

writeFileSync(API_GATEWAY_POLICY_PATH, renderApiGatewayPolicy());
console.log(`Wrote ${path.relative(REPO_ROOT, API_GATEWAY_POLICY_PATH)}.`);
