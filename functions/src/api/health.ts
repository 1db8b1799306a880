import { contracts, type HealthResponse } from '@koers/contracts';
import { version as cosmosVersion } from '@azure/cosmos/package.json';
import { version as functionsVersion } from '@azure/functions/package.json';
import { version as botbuilderVersion } from 'botbuilder/package.json';
import { version as koersVersion } from '../../../package.json';
import { answer, defineRoute } from '../http/defineRoute';

/** Versions are read from the packages themselves (and bundled at build time), never typed in. */
export const VERSIONS: Record<string, string> = {
  koers: koersVersion,
  node: process.versions.node,
  '@azure/cosmos': cosmosVersion,
  '@azure/functions': functionsVersion,
  botbuilder: botbuilderVersion,
};

/** A health probe must answer quickly even when the database hangs. */
const CHECK_TIMEOUT_MS = 3000;

function withTimeout(work: Promise<void>, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    work.then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** GET /api/health: 200 with the versions of the parts, or 503 'degraded' when Cosmos does not answer. */
export const healthRoute = defineRoute(contracts.health, async ({ services, context }) => {
  let cosmos: 'ok' | 'failed' = 'ok';
  try {
    await withTimeout(services.checkDatabase(), CHECK_TIMEOUT_MS);
  } catch (error) {
    context.warn('Health check: Cosmos DB did not answer:', error instanceof Error ? error.message : error);
    cosmos = 'failed';
  }
  const body: HealthResponse = {
    status: cosmos === 'ok' ? 'ok' : 'degraded',
    mode: services.mode,
    versions: VERSIONS,
    checks: { cosmos },
  };
  return answer(body, { status: cosmos === 'ok' ? 200 : 503 });
});
