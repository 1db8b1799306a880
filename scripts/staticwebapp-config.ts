/**
 * `npx tsx scripts/staticwebapp-config.ts`: writes tabs/public/staticwebapp.config.json (Azure
 * Static Web Apps' headers for the tab) from the one header module, contracts/src/securityHeaders.ts.
 * Vite copies it into every build; tests/securityHeaders.test.ts fails when it is stale.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { staticWebAppConfig } from '../contracts/src/securityHeaders';
import { REPO_ROOT } from './lib/paths';

export const STATIC_WEB_APP_CONFIG_PATH = path.join(REPO_ROOT, 'tabs/public/staticwebapp.config.json');

export function renderStaticWebAppConfig(): string {
  return `${JSON.stringify(staticWebAppConfig(), null, 2)}\n`;
}

if (require.main === module) {
  writeFileSync(STATIC_WEB_APP_CONFIG_PATH, renderStaticWebAppConfig());
  console.log(`Wrote ${path.relative(REPO_ROOT, STATIC_WEB_APP_CONFIG_PATH)}.`);
}
