import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { loadConfig } from '../functions/src/config';
import { CONTAINER_NAMES, CONTAINERS, DATABASE_ID, type ContainerSpec } from '../functions/src/cosmos/containers';
import { COSMOS_SCHEMA_JSON_PATH, renderCosmosSchemaJson } from '../scripts/lib/cosmosSchemaJson';
import { API_GATEWAY_POLICY_PATH, callsPerMinute, renderApiGatewayPolicy } from '../scripts/lib/apiGatewayPolicy';
import { API_QUOTAS } from '../functions/src/http/requestQuota';
import { GATEWAY_KEY_HEADER, GATEWAY_KEY_NAMED_VALUE } from '../functions/src/http/gatewayKey';
import {
  INFRA_DIR,
  bicepFiles,
  declarations,
  findProperties,
  parseBicep,
  parseBicepFile,
  property,
  stringLiteral,
  syntaxProblems,
  type Declaration,
  type SyntaxNode,
} from './support/bicep';

/** The one declaration of `kind` named `name` (fails the test when absent). */
function declaration(decls: Declaration[], kind: Declaration['kind'], name: string): Declaration {
  const found = decls.find((d) => d.kind === kind && d.name === name);
  if (!found) throw new Error(`no ${kind} ${name}`);
  return found;
}

function resourceOfType(decls: Declaration[], type: string): Declaration {
  const found = decls.filter((d) => d.kind === 'resource' && d.target?.startsWith(`${type}@`));
  if (found.length !== 1) throw new Error(`expected one resource of type ${type}, found ${found.length}`);
  return found[0] as Declaration;
}

// ---------------------------------------------------------------------------------------------

describe('the Bicep files', () => {
  it('are all found: main.bicep and its modules', () => {
    const files = bicepFiles();
    expect(files).toContain('main.bicep');
    for (const module of ['functionApp', 'cosmos', 'bot', 'webPubSub', 'staticWebApp', 'monitoring', 'keyVault', 'identity', 'storage']) {
      expect(files).toContain(`modules/${module}.bicep`);
    }
  });

  it.each(bicepFiles())('%s parses with no ERROR or MISSING node', async (file) => {
    expect(syntaxProblems(await parseBicepFile(file))).toEqual([]);
  });

  it('the syntax check catches a broken file', async () => {
    const problems = syntaxProblems(await parseBicep("resource r 'Microsoft.Web/sites@2024-04-01' = {\n  name: \n}}\n"));
    expect(problems.length).toBeGreaterThan(0);
  });

  it('every module main.bicep uses exists', async () => {
    const main = declarations(await parseBicepFile('main.bicep'));
    const modules = main.filter((d) => d.kind === 'module').map((d) => d.target ?? '');
    expect(modules.length).toBeGreaterThanOrEqual(9);
    expect(modules.filter((m) => !bicepFiles().includes(m))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------

const SchemaJson = z.object({
  databaseId: z.string(),
  containers: z.array(
    z.object({
      id: z.string(),
      partitionKey: z.object({ paths: z.array(z.string()), kind: z.literal('Hash'), version: z.literal(2) }),
      indexingPolicy: z.unknown(),
      uniqueKeyPolicy: z.object({ uniqueKeys: z.array(z.object({ paths: z.array(z.string()) })) }),
      defaultTtl: z.number().int().positive().optional(),
    }),
  ),
});

describe('the Cosmos DB schema in Bicep', () => {
  const committed = () => readFileSync(COSMOS_SCHEMA_JSON_PATH, 'utf8');

  it('infra/generated/containers.json is what containers.ts generates (run `npm run infra:containers`)', () => {
    expect(committed()).toBe(renderCosmosSchemaJson());
  });

  it('declares the database and every container of containers.ts with the same partition key, indexing policy, unique keys and TTL', () => {
    const schema = SchemaJson.parse(JSON.parse(committed()));
    expect(schema.databaseId).toBe(DATABASE_ID);
    expect(schema.containers.map((c) => c.id).sort()).toEqual(CONTAINER_NAMES.map((n) => CONTAINERS[n].id).sort());
    for (const name of CONTAINER_NAMES) {
      const spec = CONTAINERS[name];
      const declared = schema.containers.find((c) => c.id === spec.id);
      expect(declared?.partitionKey.paths).toEqual([spec.partitionKeyPath]);
      expect(declared?.indexingPolicy).toEqual(spec.indexingPolicy);
      expect(declared?.uniqueKeyPolicy.uniqueKeys.map((k) => k.paths)).toEqual(spec.uniqueKeyPaths);
      expect(declared?.defaultTtl).toBe((spec as ContainerSpec).defaultTtlSeconds);
    }
  });

  it('cosmos.bicep loads that file and creates one container per entry, from the entry itself', async () => {
    const decls = declarations(await parseBicepFile('modules/cosmos.bicep'));
    const schemaVar = declaration(decls, 'var', 'schema').value;
    expect(schemaVar?.type).toBe('call_expression');
    expect(schemaVar?.childForFieldName('function')?.text).toBe('loadJsonContent');
    const file = stringLiteral(schemaVar?.childForFieldName('arguments')?.namedChildren[0]);
    expect(path.resolve(INFRA_DIR, 'modules', file ?? '')).toBe(COSMOS_SCHEMA_JSON_PATH);

    const database = resourceOfType(decls, 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases');
    expect(property(database.value, 'name')?.text).toBe('schema.databaseId');

    const containers = resourceOfType(decls, 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers');
    const loop = containers.value;
    expect(loop?.type).toBe('for_statement');
    const loopText = loop?.text.replace(/\s+/g, ' ') ?? '';
    const variable = /^\[for (\w+) in schema\.containers:/.exec(loopText)?.[1];
    expect(variable).toBeDefined();
    const body = loop?.namedChildren.find((c) => c.type === 'object');
    expect(property(body, 'name')?.text).toBe(`${variable}.id`);
    expect(property(property(body, 'properties'), 'resource')?.text).toBe(variable);
  });

  it('turns off keys (Entra ID only), is serverless by default and gives the app the built-in Data Contributor role', async () => {
    const cosmos = declarations(await parseBicepFile('modules/cosmos.bicep'));
    const account = resourceOfType(cosmos, 'Microsoft.DocumentDB/databaseAccounts');
    const props = property(account.value, 'properties');
    expect(property(props, 'disableLocalAuth')?.text).toBe('true');
    expect(property(props, 'capabilities')?.text).toContain("'EnableServerless'");
    const roleDefinition = resourceOfType(cosmos, 'Microsoft.DocumentDB/databaseAccounts/sqlRoleDefinitions');
    expect(stringLiteral(property(roleDefinition.value, 'name'))).toBe('00000000-0000-0000-0000-000000000002');
    const assignment = resourceOfType(cosmos, 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments');
    expect(property(property(assignment.value, 'properties'), 'principalId')?.text).toBe('principalId');

    const main = declarations(await parseBicepFile('main.bicep'));
    expect(stringLiteral(declaration(main, 'param', 'cosmosThroughputMode').value)).toBe('serverless');
    const cosmosModule = declaration(main, 'module', 'cosmos');
    expect(property(property(cosmosModule.value, 'params'), 'principalId')?.text).toBe('identity.outputs.principalId');
  });
});

// ---------------------------------------------------------------------------------------------

/** Variables config.ts reads (the keys of its Env schema), from the source itself. */
function configVariables(): string[] {
  const source = readFileSync(path.resolve(__dirname, '../functions/src/config.ts'), 'utf8');
  const block = /const Env = z\.object\(\{([\s\S]*?)\}\);/.exec(source)?.[1];
  if (!block) throw new Error('config.ts: `const Env = z.object({…})` not found');
  return [...block.matchAll(/^\s*([A-Z][A-Z0-9_]*)\s*:/gm)].map((m) => m[1] ?? '');
}

/** config.ts variables that are deliberately not Function App settings, and why. */
const NOT_AN_APP_SETTING: Record<string, string> = {
  COSMOS_KEY: 'Cosmos DB has local (key) auth disabled; the app signs in with its managed identity',
  AUTH_JWKS_URL: "defaults to Entra ID's JWKS in azure mode",
  CORS_ORIGINS: "Azure enforces CORS on the platform: siteConfig.cors.allowedOrigins (the tab's origin)",
  KOERS_DATA_DIR: 'local mode only (snapshots, TLS certificate, dev issuer key)',
  KOERS_CLOCK_START: 'local mode only (a config error in azure mode): starts the local clock at a chosen instant',
  KOERS_API_URL: "only the local dev issuer needs the API's public URL",
  BOT_APP_PASSWORD: 'SingleTenant bots only, as a Key Vault reference (singleTenantBotSettings)',
  GRAPH_CLIENT_SECRET: "Graph is called as the app registration with the Function App's managed identity as federated credential; a secret only outside Azure",
  WEB_PUBSUB_CONNECTION_STRING: 'Web PubSub is reached with the managed identity (WEB_PUBSUB_ENDPOINT); the key form is for the local stand-in',
};

interface AppSetting {
  name: string;
  value: SyntaxNode | undefined;
}

function appSettingsOf(decl: Declaration): AppSetting[] {
  expect(decl.value?.type).toBe('array');
  return (decl.value?.namedChildren ?? [])
    .filter((c) => c.type === 'object')
    .map((o) => ({ name: stringLiteral(property(o, 'name')) ?? '?', value: property(o, 'value') }));
}

async function functionAppSettings(): Promise<{ always: AppSetting[]; singleTenant: AppSetting[]; site: Declaration; decls: Declaration[] }> {
  const decls = declarations(await parseBicepFile('modules/functionApp.bicep'));
  return {
    always: appSettingsOf(declaration(decls, 'var', 'appSettings')),
    singleTenant: appSettingsOf(declaration(decls, 'var', 'singleTenantBotSettings')),
    site: resourceOfType(decls, 'Microsoft.Web/sites'),
    decls,
  };
}

/** Invented values of the right shape, standing in for what Bicep computes at deployment. */
const SAMPLE_VALUES: Record<string, string> = {
  COSMOS_ENDPOINT: 'https://cosmos-koers-abc.documents.azure.com:443/',
  COSMOS_DATABASE: 'koers',
  AUTH_CLIENT_ID: '0b5a7c3e-1d2f-4a6b-8c9d-000000000a01',
  BOT_APP_ID: '0b5a7c3e-1d2f-4a6b-8c9d-000000000a02',
  BOT_TENANT_ID: '0b5a7c3e-1d2f-4a6b-8c9d-000000000a03',
  TAB_URL: 'https://swa-koers-abc.azurestaticapps.net',
  BOT_APP_PASSWORD: 'resolved-by-the-platform-from-key-vault',
  KOERS_GATEWAY_KEY: 'resolved-by-the-platform-from-key-vault-39c',
  TEAMS_APP_ID: '0b5a7c3e-1d2f-4a6b-8c9d-000000000a04',
  TEAMS_CATALOG_APP_ID: '0b5a7c3e-1d2f-4a6b-8c9d-000000000a05',
};

function envFrom(settings: AppSetting[], botAppType: string): Record<string, string> {
  return Object.fromEntries(
    settings.map((s) => [s.name, s.name === 'BOT_APP_TYPE' ? botAppType : (stringLiteral(s.value) ?? SAMPLE_VALUES[s.name] ?? 'x')]),
  );
}

describe('the Function App', () => {
  it('sets every variable config.ts reads, or the list above says why not', async () => {
    const { always } = await functionAppSettings();
    const names = always.map((s) => s.name);
    const variables = configVariables();
    expect(variables.length).toBeGreaterThan(10);
    const unexplained = variables.filter((v) => !names.includes(v) && !(v in NOT_AN_APP_SETTING));
    expect(unexplained).toEqual([]);
    // The exceptions stay honest: each is still read by config.ts and is not set after all.
    expect(Object.keys(NOT_AN_APP_SETTING).filter((v) => !variables.includes(v) || names.includes(v))).toEqual([]);
    for (const required of ['KOERS_MODE', 'COSMOS_ENDPOINT', 'COSMOS_DATABASE', 'AUTH_CLIENT_ID', 'BOT_APP_ID', 'BOT_APP_TYPE', 'BOT_TENANT_ID', 'TAB_URL', 'APPLICATIONINSIGHTS_CONNECTION_STRING']) {
      expect(names).toContain(required);
    }
    expect(new Set(names).size).toBe(names.length);
    expect(stringLiteral(always.find((s) => s.name === 'KOERS_MODE')?.value)).toBe('azure');
  });

  it('has settings config.ts accepts in azure mode, for both bot types', async () => {
    const { always, singleTenant } = await functionAppSettings();
    const msi = loadConfig(envFrom(always, 'UserAssignedMSI'));
    expect(msi.mode).toBe('azure');
    expect(msi.bot.appType).toBe('UserAssignedMSI');
    const single = loadConfig(envFrom([...always, ...singleTenant], 'SingleTenant'));
    expect(single.bot.appPassword).toBeDefined();
    // …and the SingleTenant extra is needed: without it config.ts refuses to start.
    expect(() => loadConfig(envFrom(always, 'SingleTenant'))).toThrow(/BOT_APP_PASSWORD/);
  });

  it('takes the bot secret only from Key Vault, and only for a SingleTenant bot', async () => {
    const { singleTenant, site } = await functionAppSettings();
    expect(singleTenant.map((s) => s.name)).toEqual(['BOT_APP_PASSWORD']);
    expect(singleTenant[0]?.value?.text).toMatch(/^'@Microsoft\.KeyVault\(VaultName=\$\{keyVaultName\};SecretName=\$\{botPasswordSecretName\}\)'$/);
    const [settings] = findProperties(site.node, 'appSettings');
    expect(settings?.text.replace(/\s+/g, ' ')).toBe("concat(appSettings, botAppType == 'SingleTenant' ? singleTenantBotSettings : [])");
    expect(property(property(site.value, 'properties'), 'keyVaultReferenceIdentity')?.text).toBe('identityId');
  });

  it('answers only API Management: every other caller is refused before the app runs', async () => {
    const { site } = await functionAppSettings();
    const [config] = findProperties(site.node, 'siteConfig');
    expect(stringLiteral(property(config, 'ipSecurityRestrictionsDefaultAction'))).toBe('Deny');
    const rules = property(config, 'ipSecurityRestrictions')?.namedChildren.filter((c) => c.type === 'object') ?? [];
    expect(
      rules.map((rule) => ({
        action: stringLiteral(property(rule, 'action')),
        tag: stringLiteral(property(rule, 'tag')),
        ipAddress: stringLiteral(property(rule, 'ipAddress')),
      })),
    ).toEqual([{ action: 'Allow', tag: 'ServiceTag', ipAddress: 'ApiManagement' }]);
    // The gateway sends every request to this app: the bot's endpoint and the tab's API both go through it.
    const main = declarations(await parseBicepFile('main.bicep'));
    expect(property(property(declaration(main, 'module', 'apiGateway').value, 'params'), 'backendUrl')?.text).toBe("'https://${functionApp.outputs.defaultHostName}/api'");
  });

  it("admits only Koers' own gateway: both read the same Key Vault secret, the gateway sends it, the app requires it", async () => {
    const { always } = await functionAppSettings();
    expect(always.find((s) => s.name === 'KOERS_GATEWAY_KEY')?.value?.text).toBe("'@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${gatewayKeySecretName})'");
    const main = declarations(await parseBicepFile('main.bicep'));
    const params = (module: string) => property(declaration(main, 'module', module).value, 'params');
    expect(property(params('functionApp'), 'gatewayKeySecretName')?.text).toBe('apiGatewayKeySecretName');
    expect(property(params('keyVault'), 'apiGatewayKeySecretName')?.text).toBe('apiGatewayKeySecretName');
    // Versionless: a new version of the secret reaches the gateway without a deployment.
    expect(property(params('apiGateway'), 'gatewayKeySecretUri')?.text).toBe("'${keyVault.outputs.uri}secrets/${apiGatewayKeySecretName}'");
    expect(property(params('apiGateway'), 'identityClientId')?.text).toBe('identity.outputs.clientId');

    const vault = declarations(await parseBicepFile('modules/keyVault.bicep'));
    const secrets = vault.filter((d) => d.kind === 'resource' && d.target?.startsWith('Microsoft.KeyVault/vaults/secrets@'));
    const gatewaySecret = secrets.find((d) => property(d.value, 'name')?.text === 'apiGatewayKeySecretName');
    expect(property(property(gatewaySecret?.value, 'properties'), 'value')?.text).toBe('apiGatewayKey');
    expect(declaration(vault, 'param', 'apiGatewayKey').decorators).toContain('@secure()');

    const gateway = declarations(await parseBicepFile('modules/apiGateway.bicep'));
    const named = resourceOfType(gateway, 'Microsoft.ApiManagement/service/namedValues');
    expect(stringLiteral(property(named.value, 'name'))).toBe(GATEWAY_KEY_NAMED_VALUE);
    const namedProperties = property(named.value, 'properties');
    expect(property(namedProperties, 'secret')?.text).toBe('true');
    expect(property(property(namedProperties, 'keyVault'), 'secretIdentifier')?.text).toBe('gatewayKeySecretUri');
    const policy = readFileSync(API_GATEWAY_POLICY_PATH, 'utf8');
    expect(policy).toContain(`<set-header name="${GATEWAY_KEY_HEADER}" exists-action="override">\n      <value>{{${GATEWAY_KEY_NAMED_VALUE}}}</value>`);
    // After the rate limits: a caller's own header of that name is overwritten, never passed on.
    expect(policy.indexOf(GATEWAY_KEY_HEADER)).toBeGreaterThan(policy.lastIndexOf('<rate-limit-by-key'));
    expect(policy.indexOf(GATEWAY_KEY_HEADER)).toBeLessThan(policy.indexOf('</inbound>'));

    // With the setting, config.ts gives the host its key; an unresolved reference stops the app instead.
    const env = envFrom(always, 'UserAssignedMSI');
    expect(loadConfig(env).gatewayKey).toBe(SAMPLE_VALUES.KOERS_GATEWAY_KEY);
    expect(() => loadConfig({ ...env, KOERS_GATEWAY_KEY: '@Microsoft.KeyVault(VaultName=kv;SecretName=api-gateway-key)' })).toThrow(/KOERS_GATEWAY_KEY/);
  });

  it("allows the tab's origin by CORS, on the platform", async () => {
    const { site } = await functionAppSettings();
    const [cors] = findProperties(site.node, 'cors');
    expect(property(cors, 'allowedOrigins')?.text).toContain('[tabUrl]');
  });

  it('runs Node 22 on Flex Consumption as the user-assigned identity', async () => {
    const { site, decls } = await functionAppSettings();
    const plan = resourceOfType(decls, 'Microsoft.Web/serverfarms');
    expect(stringLiteral(property(property(plan.value, 'sku'), 'tier'))).toBe('FlexConsumption');
    const [runtime] = findProperties(site.node, 'runtime');
    expect(stringLiteral(property(runtime, 'name'))).toBe('node');
    expect(stringLiteral(property(runtime, 'version'))).toBe('22');
    expect(stringLiteral(property(property(site.value, 'identity'), 'type'))).toBe('UserAssigned');
  });

  it('keeps the HTTP routes, the Koerskaart keystroke route among them, warm: one always-ready instance unless a parameter file says otherwise', async () => {
    const { site, decls } = await functionAppSettings();
    const [alwaysReady] = findProperties(site.node, 'alwaysReady');
    expect(alwaysReady?.text).toMatch(/name: 'http'[\s\S]*instanceCount: alwaysReadyHttpInstances/);
    expect(declaration(decls, 'param', 'alwaysReadyHttpInstances').value?.text).toBe('1');
    const main = declarations(await parseBicepFile('main.bicep'));
    expect(declaration(main, 'param', 'functionAlwaysReadyHttpInstances').value?.text).toBe('1');
    expect(property(property(declaration(main, 'module', 'functionApp').value, 'params'), 'alwaysReadyHttpInstances')?.text).toBe('functionAlwaysReadyHttpInstances');
    for (const env of ['dev', 'prod']) {
      const file = ParameterFile.parse(JSON.parse(readFileSync(path.join(INFRA_DIR, `main.parameters.${env}.json`), 'utf8')));
      expect(file.parameters.functionAlwaysReadyHttpInstances).toBeUndefined();
    }
  });

  it("is the bot's messaging endpoint, on a Teams-enabled Azure Bot", async () => {
    const main = declarations(await parseBicepFile('main.bicep'));
    const botParams = property(declaration(main, 'module', 'bot').value, 'params');
    expect(property(botParams, 'endpoint')?.text).toBe("'${apiGateway.outputs.gatewayUrl}/api/messages'");
    const bot = declarations(await parseBicepFile('modules/bot.bicep'));
    const channel = resourceOfType(bot, 'Microsoft.BotService/botServices/channels');
    expect(stringLiteral(property(channel.value, 'name'))).toBe('MsTeamsChannel');
    const botType = declaration(bot, 'param', 'appType');
    expect(botType.decorators.join(' ')).toMatch(/'UserAssignedMSI'[\s\S]*'SingleTenant'/);
  });
});

// ---------------------------------------------------------------------------------------------

describe('the rate limits in Azure', () => {
  it('infra/generated/apiGatewayPolicy.xml is what the local quotas generate (run `npx tsx scripts/api-gateway-policy.ts`)', () => {
    expect(readFileSync(API_GATEWAY_POLICY_PATH, 'utf8')).toBe(renderApiGatewayPolicy());
  });

  it('limits per user and per tenant with the local numbers, per minute, and answers 429 as a problem with Retry-After', () => {
    const policy = readFileSync(API_GATEWAY_POLICY_PATH, 'utf8');
    expect(policy).toContain(`calls="${callsPerMinute(API_QUOTAS.user)}" renewal-period="60" counter-key="@{ var jwt`);
    expect(policy).toMatch(new RegExp(`calls="${callsPerMinute(API_QUOTAS.tenant)}" renewal-period="60" counter-key="@\\(&quot;tenant\\|`));
    expect(policy).toContain('application/problem+json');
    expect(policy).toContain('<set-header name="Retry-After"');
  });

  it('puts the gateway in front of every request: the tab\'s API address and the bot\'s endpoint', async () => {
    const main = declarations(await parseBicepFile('main.bicep'));
    expect(declaration(main, 'output', 'API_ENDPOINT').value?.text).toBe("'${apiGateway.outputs.gatewayUrl}/api'");
    expect(declaration(main, 'output', 'BOT_MESSAGING_ENDPOINT').value?.text).toBe("'${apiGateway.outputs.gatewayUrl}/api/messages'");
    const gateway = declarations(await parseBicepFile('modules/apiGateway.bicep'));
    const policy = resourceOfType(gateway, 'Microsoft.ApiManagement/service/apis/policies');
    expect(property(property(policy.value, 'properties'), 'value')?.text).toBe("loadTextContent('../generated/apiGatewayPolicy.xml')");
    expect(stringLiteral(property(property(resourceOfType(gateway, 'Microsoft.ApiManagement/service/apis').value, 'properties'), 'path'))).toBe('api');
  });
});

// ---------------------------------------------------------------------------------------------

const SECRET_WORDS = new Set(['key', 'keys', 'secret', 'secrets', 'password', 'passwords', 'pwd', 'token', 'tokens', 'sas', 'credential', 'credentials']);
const SECRET_CALLS = /\blist\w*\(|connectionstring|instrumentationkey|primarykey|secondarykey|masterkey|accountkey|getsecret\(/i;

function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .split(/[_\W]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** Why an output may leak a secret, or [] when it may not. */
function secretOutputProblems(decls: Declaration[]): string[] {
  const secureParams = decls.filter((d) => d.kind === 'param' && d.decorators.some((x) => /^@secure\(\)$/.test(x))).map((d) => d.name);
  const problems: string[] = [];
  for (const output of decls.filter((d) => d.kind === 'output')) {
    const words = nameWords(output.name);
    const value = output.value?.text ?? '';
    if (words.some((w) => SECRET_WORDS.has(w)) || words.join('').includes('connectionstring')) problems.push(`${output.name}: its name says secret`);
    if (SECRET_CALLS.test(value)) problems.push(`${output.name}: its value reads a key, secret or connection string`);
    if (output.decorators.some((x) => x.startsWith('@secure'))) problems.push(`${output.name}: a @secure() output`);
    for (const param of secureParams) {
      if (new RegExp(`\\b${param}\\b`).test(value)) problems.push(`${output.name}: passes on the secure parameter ${param}`);
    }
  }
  return problems;
}

describe('no output leaks a secret', () => {
  it.each(bicepFiles())('%s', async (file) => {
    const decls = declarations(await parseBicepFile(file));
    expect(secretOutputProblems(decls)).toEqual([]);
  });

  it('the check catches keys, connection strings and secure parameters', async () => {
    const decls = declarations(
      await parseBicep(
        [
          '@secure()',
          "param botPassword string = ''",
          "resource a 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' existing = { name: 'x' }",
          'output endpoint string = a.properties.documentEndpoint',
          'output cosmosPrimaryKey string = a.listKeys().primaryMasterKey',
          'output appInsights string = appi.properties.ConnectionString',
          'output APPLICATIONINSIGHTS_CONNECTION_STRING string = appi.id',
          'output echo string = botPassword',
          '',
        ].join('\n'),
      ),
    );
    const problems = secretOutputProblems(decls);
    expect(problems.filter((p) => p.startsWith('endpoint'))).toEqual([]);
    for (const leaky of ['cosmosPrimaryKey', 'appInsights', 'APPLICATIONINSIGHTS_CONNECTION_STRING', 'echo']) {
      expect(problems.some((p) => p.startsWith(`${leaky}:`))).toBe(true);
    }
  });
});

// ---------------------------------------------------------------------------------------------

const ParameterFile = z.object({ parameters: z.record(z.string(), z.object({ value: z.unknown() })) });

describe('the parameter files', () => {
  it.each(['dev', 'prod'])('main.parameters.%s.json sets only declared parameters, every required one, and no secure one', async (env) => {
    const file = ParameterFile.parse(JSON.parse(readFileSync(path.join(INFRA_DIR, `main.parameters.${env}.json`), 'utf8')));
    const params = declarations(await parseBicepFile('main.bicep')).filter((d) => d.kind === 'param');
    const given = Object.keys(file.parameters);
    expect(given.filter((name) => !params.some((p) => p.name === name))).toEqual([]);
    expect(params.filter((p) => p.value === undefined && !given.includes(p.name)).map((p) => p.name)).toEqual([]);
    const secure = params.filter((p) => p.decorators.includes('@secure()')).map((p) => p.name);
    expect(secure).toEqual(['botAppPassword', 'apiGatewayKey']);
    expect(given.filter((name) => secure.includes(name))).toEqual([]);
    expect(file.parameters.environmentName?.value).toBe(env);
  });
});
