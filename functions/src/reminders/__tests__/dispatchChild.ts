/**
 * A dispatcher in its own process, for the kill test: it connects to the parent's embedded Cosmos
 * (endpoint and CA from the environment), runs once at the given instant, and reports. The parent
 * kills it with SIGKILL mid-run: no finally, no clean-up, like a crashed Functions worker.
 */
import { createCosmosClient } from '../../cosmos/client';
import { DATABASE_ID } from '../../cosmos/containers';
import { createDispatchStore } from '../../cosmos/repositories/dispatch';
import { createCosmosStores } from '../../cosmos/stores';
import { createBotConnectorClient } from '../../botConnector/connectorClient';
import { createReminderDispatcher } from '../dispatcher';
import { FakeClock } from './dispatchKit';

async function main(): Promise<void> {
  const { COSMOS_ENDPOINT, COSMOS_CA, NOW } = process.env;
  if (!COSMOS_ENDPOINT || !COSMOS_CA || !NOW) throw new Error('COSMOS_ENDPOINT, COSMOS_CA and NOW are required');
  const client = createCosmosClient({ mode: 'local', endpoint: COSMOS_ENDPOINT, ca: COSMOS_CA });
  const database = client.database(DATABASE_ID);
  const dispatcher = createReminderDispatcher({
    stores: createCosmosStores(database),
    dispatch: createDispatchStore(database),
    transport: createBotConnectorClient({ tokens: async () => undefined }),
    clock: new FakeClock(Date.parse(NOW)),
    links: { tabUrl: 'http://localhost:53000' },
    // One person at a time: the kill then lands on one known request (see the test).
    concurrency: 1,
  });
  const summary = await dispatcher.run();
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  client.dispose();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
