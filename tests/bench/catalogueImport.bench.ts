/**
 * HR's spreadsheet import at its size: the sample function house with a learning offer of 5,000
 * rows, as one .xlsx workbook, checked and stored through the catalogue service into embedded
 * Cosmos (in chunks of 250). Prints the time to validate and store; target ≤ 5 s on this machine.
 *
 *   npx tsx tests/bench/catalogueImport.bench.ts
 *   ROWS=1000 npx tsx tests/bench/catalogueImport.bench.ts  (a quicker run)
 */
import { createCatalogueService, HENDRIKS_CATALOGUE, SAMPLE_PEOPLE } from '@koers/app';
import { SHEETS, sheetRows, type Actor, type Catalogue } from '@koers/domain';
import { createSpreadsheets } from '../../functions/src/catalogue/spreadsheets';
import { createCosmosClient, ensureSchema } from '../../functions/src/cosmos/client';
import { startEmbeddedCosmos } from '../../functions/src/cosmos/embedded';
import { createCosmosStores } from '../../functions/src/cosmos/stores';
import { record, writeResults } from './stats';

const ROWS = Number(process.env.ROWS ?? 5_000);
const TARGET_S = 5;

/** The sample house with `rows` learning items, each for a function and a competence of it. */
function largeCatalogue(rows: number): Catalogue {
  const functions = HENDRIKS_CATALOGUE.functions;
  const learning = Array.from({ length: rows }, (_, i) => {
    const fn = functions[i % functions.length];
    const competence = fn?.requirements[i % Math.max(1, fn.requirements.length)]?.competenceId;
    return {
      id: `leeritem-${i + 1}`,
      title: `Cursus ${i + 1}: ${fn?.name ?? ''}`,
      kind: 'cursus' as const,
      provider: 'Opleider',
      description: 'Een dag praktijk en een dag theorie, afgesloten met een toets.',
      costEuro: 100 + (i % 50) * 25,
      hours: 8 + (i % 5) * 8,
      language: 'nl' as const,
      internal: i % 7 === 0,
      forFunctionIds: fn ? [fn.id] : [],
      forCompetenceIds: competence ? [competence] : [],
      ...(i % 3 === 0 ? { funding: { scheme: 'O&O-fonds installatietechniek', amountEuro: 50 } } : {}),
    };
  });
  return { ...HENDRIKS_CATALOGUE, learning };
}

async function main(): Promise<void> {
  const cosmos = await startEmbeddedCosmos({ port: 0 });
  const client = createCosmosClient({ mode: 'local', endpoint: cosmos.endpoint, ca: cosmos.ca });
  try {
    const stores = createCosmosStores(await ensureSchema(client));
    const spreadsheets = createSpreadsheets();
    const catalogue = largeCatalogue(ROWS);
    const bytes = await spreadsheets.writeWorkbook(SHEETS.map((layout) => ({ name: layout.sheet, columns: layout.columns, rows: sheetRows(catalogue, layout.list) })));
    const service = createCatalogueService({ stores, spreadsheets, clock: { now: () => new Date() } });
    const hr: Actor = { ...SAMPLE_PEOPLE.fatima, roles: ['hr'] };
    const request = { fileName: 'functiehuis.xlsx', contentBase64: Buffer.from(bytes).toString('base64'), save: true };

    const started = performance.now();
    const result = await service.importFile(hr, request, undefined);
    const seconds = (performance.now() - started) / 1000;
    if (!result.saved) throw new Error(`the generated workbook did not import: ${JSON.stringify(result.errors.slice(0, 3))}`);
    const stored = await stores.catalogue.get(hr.tenantId);
    if (stored?.catalogue.learning.length !== ROWS) throw new Error(`stored ${stored?.catalogue.learning.length ?? 0} learning items, not ${ROWS}`);

    console.log(`workbook                  ${(bytes.length / 1024).toFixed(0)} kB, ${ROWS} learning rows`);
    console.log(`validated and stored in   ${seconds.toFixed(2)} s (target ≤ ${TARGET_S} s)`);
    record({ name: `catalogue import: ${ROWS} rows validated and stored`, unit: 's', value: seconds });
    writeResults('catalogueImport');
  } finally {
    client.dispose();
    await cosmos.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
