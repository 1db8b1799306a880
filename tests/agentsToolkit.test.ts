import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { parse as parseYaml } from 'yaml';
import { GLOBAL_ADMINISTRATOR_ROLE_TEMPLATE_ID, KOERS_APP_ROLES } from '@koers/domain';
import { z } from 'zod';
import { graphPermissions } from '../functions/src/graph/permissions';
import { parseEnvFile, requiredVariables } from '../scripts/lib/appPackage';
import { zipFunctionsApp } from '../scripts/lib/functionsPackage';
import { REPO_ROOT } from '../scripts/lib/paths';
import { declarations, parseBicepFile } from './support/bicep';

/**
 * The Microsoft 365 Agents Toolkit project files (m365agents.yml, m365agents.local.yml,
 * aad.manifest.json, env/) cannot be run here: they talk to a tenant. What can be checked offline
 * is that they are well-formed, name only files that exist, and that every `${{VAR}}` a step or a
 * template needs is written before it is read — the failures the toolkit would otherwise report
 * halfway through a real provisioning.
 */

const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8');

const Step = z.looseObject({
  uses: z.string(),
  name: z.string().optional(),
  with: z.record(z.string(), z.unknown()).optional(),
  writeToEnvironmentFile: z.record(z.string(), z.string()).optional(),
});
type Step = z.infer<typeof Step>;
const Project = z.strictObject({
  version: z.string(),
  environmentFolderPath: z.string(),
  provision: z.array(Step).optional(),
  deploy: z.array(Step).optional(),
  publish: z.array(Step).optional(),
});
type Project = z.infer<typeof Project>;

const PROJECT_FILES = { 'm365agents.yml': 'dev', 'm365agents.local.yml': 'local' } as const;
type ProjectFile = keyof typeof PROJECT_FILES;

function project(file: ProjectFile): Project {
  return Project.parse(parseYaml(read(file)));
}

/**
 * The parameters (`with`) each action takes in the toolkit's yaml schema v1.11, required and
 * optional; the schema allows no others (additionalProperties: false), and neither does this check.
 */
const ACTIONS: Record<string, { required: string[]; optional: string[] }> = {
  'aadApp/create': { required: ['name', 'generateClientSecret', 'signInAudience'], optional: ['generateServicePrincipal', 'serviceManagementReference', 'clientSecretExpireDays', 'clientSecretDescription', 'uniqueName'] },
  'aadApp/update': { required: ['manifestPath', 'outputFilePath'], optional: [] },
  'teamsApp/create': { required: ['name'], optional: [] },
  'teamsApp/update': { required: ['appPackagePath'], optional: [] },
  'teamsApp/validateManifest': { required: ['manifestPath'], optional: [] },
  'teamsApp/validateAppPackage': { required: ['appPackagePath'], optional: [] },
  'teamsApp/zipAppPackage': { required: ['manifestPath', 'outputZipPath', 'outputFolder'], optional: [] },
  'teamsApp/publishAppPackage': { required: ['appPackagePath'], optional: [] },
  'arm/deploy': { required: ['subscriptionId', 'resourceGroupName', 'templates'], optional: ['bicepCliVersion'] },
  'azureFunctions/zipDeploy': { required: ['artifactFolder', 'resourceId'], optional: ['workingDirectory', 'ignoreFile', 'dryRun', 'outputZipFile'] },
  'azureStaticWebApps/getDeploymentToken': { required: ['resourceId'], optional: [] },
  'cli/runNpmCommand': { required: ['args'], optional: ['workingDirectory'] },
  'cli/runNpxCommand': { required: ['args'], optional: ['workingDirectory'] },
  'file/createOrUpdateEnvironmentFile': { required: ['envs', 'target'], optional: [] },
  'file/createOrUpdateJsonFile': { required: ['target'], optional: ['appsettings', 'content'] },
  'botAadApp/create': { required: ['name'], optional: [] },
  'botFramework/create': { required: ['botId', 'name', 'messagingEndpoint'], optional: ['description', 'iconUrl', 'channels'] },
  script: { required: ['run'], optional: ['workingDirectory', 'shell', 'timeout', 'redirectTo'] },
};
const KNOWN_ACTIONS = new Set(Object.keys(ACTIONS));

/** What is wrong with a step's parameters, by the schema's rules; [] when nothing. */
function parameterProblems(step: Step): string[] {
  const spec = ACTIONS[step.uses];
  if (!spec) return [`${step.uses}: not an action of the schema`];
  const given = Object.keys(step.with ?? {});
  return [
    ...spec.required.filter((p) => !given.includes(p)).map((p) => `${step.uses}: missing ${p}`),
    ...given.filter((p) => !spec.required.includes(p) && !spec.optional.includes(p)).map((p) => `${step.uses}: unknown parameter ${p}`),
  ];
}

const PLACEHOLDER = /\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g;
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))].sort();
}

function envFile(env: string): Record<string, string> {
  return parseEnvFile(read(`env/.env.${env}`));
}

/** Values nobody writes into a file: the toolkit asks for them, or the developer sets them (named in the env file). */
const ASKED_BY_THE_TOOLKIT = ['AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP_NAME'];
const SET_BY_THE_DEVELOPER: Record<ProjectFile, string[]> = { 'm365agents.yml': [], 'm365agents.local.yml': ['BOT_ENDPOINT'] };

/** The toolkit's rule for arm/deploy outputs: upper case, non-alphanumerics become "_". */
async function armOutputs(): Promise<string[]> {
  const main = declarations(await parseBicepFile('main.bicep'));
  return main.filter((d) => d.kind === 'output').map((d) => d.name.toUpperCase().replace(/[^A-Z0-9]/g, '_'));
}

/** Files a step reads (relative to the repo root, with TEAMSFX_ENV filled in). */
function inputFiles(step: Step, env: string): string[] {
  const withArgs = step.with ?? {};
  const files: string[] = [];
  if (typeof withArgs.manifestPath === 'string') files.push(withArgs.manifestPath);
  if (step.uses === 'arm/deploy') {
    const templates = z.array(z.object({ path: z.string(), parameters: z.string().optional(), deploymentName: z.string() })).parse(withArgs.templates);
    for (const t of templates) files.push(t.path, ...(t.parameters ? [t.parameters] : []));
  }
  return files.map((f) => f.replace(/\$\{\{TEAMSFX_ENV\}\}/g, env));
}

/** Variables a step fills in itself when empty, before it uses them. */
function generatedBy(step: Step): string[] {
  // aadApp/update generates the scope's id when the variable is empty, and writes it back.
  return step.uses === 'aadApp/update' ? ['AAD_APP_ACCESS_AS_USER_PERMISSION_ID'] : [];
}

/** What a step writes to the environment, beyond writeToEnvironmentFile. */
async function stepOutputs(step: Step): Promise<string[]> {
  const written = Object.values(step.writeToEnvironmentFile ?? {});
  if (step.uses === 'arm/deploy') written.push(...(await armOutputs()));
  written.push(...generatedBy(step));
  // The toolkit records the tenant of the signed-in Microsoft 365 account.
  if (step.uses === 'teamsApp/create' || step.uses === 'teamsApp/update') written.push('TEAMS_APP_TENANT_ID');
  return written;
}

/**
 * Walks the lifecycle stages in order and returns every `${{VAR}}` read before anything wrote it:
 * in a step's own arguments or in a file it reads (templates are filled in by the toolkit).
 */
async function unwrittenVariables(file: ProjectFile, p: Project): Promise<string[]> {
  const env = PROJECT_FILES[file];
  const fromFile = Object.entries(envFile(env))
    .filter(([name, value]) => value !== '' || name === 'APP_NAME_SUFFIX')
    .map(([name]) => name);
  const available = new Set([...fromFile, ...ASKED_BY_THE_TOOLKIT, ...SET_BY_THE_DEVELOPER[file]]);
  const problems: string[] = [];
  for (const stage of ['provision', 'deploy', 'publish'] as const) {
    for (const step of p[stage] ?? []) {
      for (const name of generatedBy(step)) available.add(name);
      const texts = [JSON.stringify(step.with ?? {}), ...inputFiles(step, env).map((f) => read(f))];
      for (const name of placeholders(texts.join('\n'))) {
        if (!available.has(name)) problems.push(`${stage} ${step.uses}: \${{${name}}} is not written before`);
      }
      for (const name of await stepOutputs(step)) available.add(name);
    }
  }
  return [...new Set(problems)];
}

// ---------------------------------------------------------------------------------------------

describe.each(Object.keys(PROJECT_FILES) as ProjectFile[])('%s', (file) => {
  it('parses as YAML of schema v1.x with known actions only', () => {
    const p = project(file);
    expect(p.version).toMatch(/^v1\.\d+$/);
    expect(read(file)).toContain(`$schema=https://aka.ms/m365-agents-toolkits/${p.version}/yaml.schema.json`);
    expect(existsSync(path.join(REPO_ROOT, p.environmentFolderPath, `.env.${PROJECT_FILES[file]}`))).toBe(true);
    const steps = [...(p.provision ?? []), ...(p.deploy ?? []), ...(p.publish ?? [])];
    expect(steps.length).toBeGreaterThan(5);
    expect(steps.map((s) => s.uses).filter((u) => !KNOWN_ACTIONS.has(u))).toEqual([]);
    expect(steps.flatMap(parameterProblems)).toEqual([]);
    // The schema's names for variables: SECRET_ for secrets, upper case for the rest.
    for (const variable of steps.flatMap((s) => Object.values(s.writeToEnvironmentFile ?? {}))) expect(variable).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });

  it('the parameter check catches an unknown or a missing parameter', () => {
    expect(parameterProblems({ uses: 'teamsApp/zipAppPackage', with: { manifestPath: 'm', outputZipPath: 'z', outputJsonPath: 'j' } })).toEqual([
      'teamsApp/zipAppPackage: missing outputFolder',
      'teamsApp/zipAppPackage: unknown parameter outputJsonPath',
    ]);
  });

  it('names only files that exist, and packages before it uploads', () => {
    const p = project(file);
    const env = PROJECT_FILES[file];
    for (const stage of ['provision', 'deploy', 'publish'] as const) {
      const zipped = new Set<string>();
      for (const step of p[stage] ?? []) {
        for (const input of inputFiles(step, env)) expect(`${input}: ${existsSync(path.join(REPO_ROOT, input))}`).toBe(`${input}: true`);
        if (typeof step.with?.outputZipPath === 'string') zipped.add(step.with.outputZipPath);
        if (typeof step.with?.appPackagePath === 'string') expect(zipped.has(step.with.appPackagePath)).toBe(true);
      }
    }
  });

  it('runs only npm scripts that package.json has', () => {
    const scripts = Object.keys(z.object({ scripts: z.record(z.string(), z.string()) }).parse(JSON.parse(read('package.json'))).scripts);
    const p = project(file);
    const runs = [...(p.deploy ?? []), ...(p.provision ?? [])]
      .filter((s) => s.uses === 'cli/runNpmCommand')
      .map((s) => (typeof s.with?.args === 'string' ? s.with.args : ''))
      .filter((args) => args.startsWith('run '))
      .map((args) => args.split(/\s+/)[1] ?? '');
    if (file === 'm365agents.yml') expect(runs).toEqual(expect.arrayContaining(['build', 'package:functions']));
    expect(runs.filter((r) => !scripts.includes(r))).toEqual([]);
  });

  it('reads every ${{VAR}} only after a step or the env file wrote it (manifest, aad.manifest.json and parameter files included)', async () => {
    expect(await unwrittenVariables(file, project(file))).toEqual([]);
  });

  it('keeps every secret it writes in a SECRET_ variable (the toolkit puts those in the git-ignored .user file)', () => {
    const p = project(file);
    const secretOutputs = ['clientSecret', 'botPassword', 'deploymentToken'];
    const written = [...(p.provision ?? []), ...(p.deploy ?? [])].flatMap((s) =>
      Object.entries(s.writeToEnvironmentFile ?? {}).filter(([output]) => secretOutputs.includes(output)),
    );
    for (const [, variable] of written) expect(variable).toMatch(/^SECRET_/);
    expect(read('.gitignore')).toMatch(/^env\/\.env\.\*\.user$/m);
  });
});

describe('the order check', () => {
  it('catches a step that reads a variable nothing wrote yet', async () => {
    const p = project('m365agents.yml');
    // aadApp/update before arm/deploy: TAB_DOMAIN (in aad.manifest.json) is not known yet.
    const provision = [...(p.provision ?? [])];
    const update = provision.findIndex((s) => s.uses === 'aadApp/update');
    const [moved] = provision.splice(update, 1);
    provision.splice(provision.findIndex((s) => s.uses === 'arm/deploy'), 0, moved as Step);
    expect(await unwrittenVariables('m365agents.yml', { ...p, provision })).toContain('provision aadApp/update: ${{TAB_DOMAIN}} is not written before');
  });
});

describe('m365agents.yml', () => {
  it('provisions the Teams app, the app registration, Azure and the manifest in that order, and publishes to the catalogue', () => {
    const p = project('m365agents.yml');
    const order = (p.provision ?? []).map((s) => s.uses);
    const at = (action: string) => order.indexOf(action);
    for (const action of ['teamsApp/create', 'aadApp/create', 'arm/deploy', 'aadApp/update', 'teamsApp/zipAppPackage', 'teamsApp/update']) expect(at(action)).toBeGreaterThanOrEqual(0);
    expect(at('aadApp/create')).toBeLessThan(at('arm/deploy'));
    expect(at('arm/deploy')).toBeLessThan(at('aadApp/update'));
    expect((p.publish ?? []).map((s) => s.uses)).toContain('teamsApp/publishAppPackage');
    // No client secret for the app registration: the managed identity is its credential.
    expect((p.provision ?? []).find((s) => s.uses === 'aadApp/create')?.with?.generateClientSecret).toBe(false);
  });

  it('gives the manifest template every variable it needs from provisioning or the env file', async () => {
    const p = project('m365agents.yml');
    const written = new Set([...Object.keys(envFile('dev')).filter((k) => envFile('dev')[k] !== '' || k === 'APP_NAME_SUFFIX')]);
    for (const step of p.provision ?? []) for (const name of await stepOutputs(step)) written.add(name);
    expect(requiredVariables().filter((v) => !written.has(v))).toEqual([]);
  });

  it('deploys the tab with a config.json naming the API, and the Functions zip that scripts/zip-functions.ts writes', () => {
    const deploy = project('m365agents.yml').deploy ?? [];
    const config = deploy.find((s) => s.uses === 'file/createOrUpdateJsonFile');
    expect(config?.with).toEqual({ target: './tabs/dist/config.json', appsettings: { apiBase: '${{API_ENDPOINT}}', mode: 'azure', clientId: '${{AAD_APP_CLIENT_ID}}' } });
    const upload = deploy.find((s) => s.uses === 'script');
    expect(String(upload?.with?.run)).toContain('--src ./functions/build/functions.zip');
  });
});

// ---------------------------------------------------------------------------------------------

const TEAMS_AND_OFFICE_CLIENTS = {
  '1fec8e78-bce4-4aaf-ab1b-5451cc387264': 'Teams desktop and mobile',
  '5e3ce6c0-2b1f-4285-8d4b-75ee78787346': 'Teams web',
  '4765445b-32c6-49b0-83e6-1d93765276ca': 'Microsoft 365 web',
  '0ec893e0-5785-4de6-99da-4ed124e5296c': 'Microsoft 365 desktop',
  'd3590ed6-52b3-4102-aeff-aad2292ab01c': 'Microsoft 365 mobile and Outlook desktop',
  'bc59ab01-8403-45c6-8796-ac3ef710b3e3': 'Outlook web',
  '27922004-5251-4030-b22d-91ecd9a37ea4': 'Outlook mobile',
};

/** What the code's Graph calls need (functions/src/graph/permissions.ts holds them against the adapters). */
const GRAPH_APPLICATION_PERMISSIONS = graphPermissions();

const AadManifest = z.looseObject({
  id: z.string(),
  appId: z.string(),
  signInAudience: z.string(),
  identifierUris: z.array(z.string()),
  api: z.looseObject({
    requestedAccessTokenVersion: z.number(),
    oauth2PermissionScopes: z.array(z.looseObject({ id: z.string(), value: z.string(), type: z.string(), isEnabled: z.boolean() })),
    preAuthorizedApplications: z.array(z.object({ appId: z.string(), delegatedPermissionIds: z.array(z.string()) })),
  }),
  requiredResourceAccess: z.array(z.object({ resourceAppId: z.string(), resourceAccess: z.array(z.object({ id: z.string(), type: z.enum(['Scope', 'Role']) })) })),
  appRoles: z.array(z.strictObject({ id: z.string(), value: z.string(), displayName: z.string(), description: z.string(), allowedMemberTypes: z.array(z.string()), isEnabled: z.boolean() })),
  groupMembershipClaims: z.string(),
});

describe('aad.manifest.json', () => {
  const manifest = () => AadManifest.parse(JSON.parse(read('aad.manifest.json')));

  it('exposes access_as_user, asks for v2 tokens (what tokenValidator.ts checks) and is the app the Teams manifest names', () => {
    const m = manifest();
    expect(m.id).toBe('${{AAD_APP_OBJECT_ID}}');
    expect(m.appId).toBe('${{AAD_APP_CLIENT_ID}}');
    expect(m.api.requestedAccessTokenVersion).toBe(2);
    expect(m.api.oauth2PermissionScopes).toEqual([
      expect.objectContaining({ id: '${{AAD_APP_ACCESS_AS_USER_PERMISSION_ID}}', value: 'access_as_user', type: 'User', isEnabled: true }),
    ]);
    const teams = z.object({ webApplicationInfo: z.object({ id: z.string(), resource: z.string() }) }).parse(JSON.parse(read('appPackage/manifest.template.json')));
    expect(m.identifierUris).toEqual([teams.webApplicationInfo.resource]);
    expect(teams.webApplicationInfo.id).toBe(m.appId);
  });

  it('defines Koers.HR and Koers.Admin as user app roles with the ids the domain maps assignments by', () => {
    const m = manifest();
    expect(m.appRoles.map(({ id, value }) => ({ id, value }))).toEqual(KOERS_APP_ROLES.map(({ id, value }) => ({ id, value })));
    for (const role of m.appRoles) {
      expect(role.allowedMemberTypes).toEqual(['User']);
      expect(role.isEnabled).toBe(true);
      // Dutch first, then English, for the admin who assigns them in the Entra admin center.
      expect(role.description).toMatch(/^[^/]{40,} \/ [^/]{40,}$/);
    }
  });

  it('puts directory roles in the token (wids), so a Global Administrator can start the onboarding', () => {
    expect(manifest().groupMembershipClaims).toBe('DirectoryRole');
    const guide = read('docs/deployment-guide.md');
    expect(guide).toContain(GLOBAL_ADMINISTRATOR_ROLE_TEMPLATE_ID);
    for (const { value } of KOERS_APP_ROLES) expect(guide).toContain(`\`${value}\``);
  });

  it('pre-authorises exactly the Teams, Microsoft 365 and Outlook clients, for access_as_user only', () => {
    const m = manifest();
    expect(m.api.preAuthorizedApplications.map((a) => a.appId).sort()).toEqual(Object.keys(TEAMS_AND_OFFICE_CLIENTS).sort());
    for (const app of m.api.preAuthorizedApplications) expect(app.delegatedPermissionIds).toEqual(['${{AAD_APP_ACCESS_AS_USER_PERMISSION_ID}}']);
  });

  it("asks for exactly the Graph application permissions the code's calls need, and nothing delegated", () => {
    const m = manifest();
    expect(m.requiredResourceAccess.map((r) => r.resourceAppId)).toEqual(['Microsoft Graph']);
    const access = m.requiredResourceAccess.flatMap((r) => r.resourceAccess);
    expect(access.map((a) => `${a.type}:${a.id}`).sort()).toEqual(GRAPH_APPLICATION_PERMISSIONS.map((p) => `Role:${p}`));
  });

  it('has each permission justified in the admin guide, in its consent table', () => {
    const guide = read('docs/deployment-guide.md');
    const rows = guide.split('\n').filter((line) => line.startsWith('|'));
    for (const permission of GRAPH_APPLICATION_PERMISSIONS) {
      const row = rows.find((line) => line.includes(`\`${permission}\``));
      expect(row).toBeDefined();
      // A reason, not just the name: the row says what Koers does with it.
      expect((row ?? '').replace(/[`|]/g, '').length).toBeGreaterThan(permission.length + 60);
    }
    expect(guide).toContain('New-ApplicationAccessPolicy');
    expect(guide).toContain('New-ManagementRoleAssignment');
  });
});

// ---------------------------------------------------------------------------------------------

describe('npm run package:functions', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'koers-functions-'));
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: '@koers/functions', version: '0.1.0', main: 'dist/index.js', dependencies: { botbuilder: '4.23.3' } }));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('zips host.json, a package.json without dependencies, and the bundle — nothing else', async () => {
    writeFileSync(path.join(dir, 'host.json'), read('functions/host.json'));
    mkdirSync(path.join(dir, 'dist'));
    writeFileSync(path.join(dir, 'dist/index.js'), '"use strict";\n');
    mkdirSync(path.join(dir, 'src'));
    writeFileSync(path.join(dir, 'src/index.ts'), 'export {};\n');
    const { zip } = await zipFunctionsApp(dir);
    const files = await JSZip.loadAsync(zip);
    expect(Object.keys(files.files).filter((f) => !files.files[f]?.dir).sort()).toEqual([
      'dist/fonts/NotoSans_400Regular.ttf',
      'dist/fonts/NotoSans_700Bold.ttf',
      'dist/fonts/OFL.txt',
      'dist/index.js',
      'host.json',
      'package.json',
    ]);
    // The fonts are where the bundle looks for them (pdfFonts.ts: `${__dirname}/fonts`), and are real TrueType files.
    const regular = await files.file('dist/fonts/NotoSans_400Regular.ttf')?.async('nodebuffer');
    expect(regular?.subarray(0, 4)).toEqual(Buffer.from([0, 1, 0, 0]));
    expect(await files.file('dist/fonts/OFL.txt')?.async('string')).toContain('SIL Open Font License');
    expect(JSON.parse((await files.file('package.json')?.async('string')) ?? '{}')).toEqual({ name: '@koers/functions', version: '0.1.0', private: true, main: 'dist/index.js' });
  });

  it('refuses without a build, naming what is missing', async () => {
    writeFileSync(path.join(dir, 'host.json'), '{}');
    await expect(zipFunctionsApp(dir)).rejects.toThrow(/missing dist\/index\.js.*npm run build/);
  });

  it('the committed host.json is the v2 host with OpenTelemetry output and the /api prefix the routes assume', () => {
    const host = z.looseObject({ version: z.literal('2.0'), telemetryMode: z.string(), extensions: z.object({ http: z.object({ routePrefix: z.string() }) }) }).parse(JSON.parse(read('functions/host.json')));
    expect(host.telemetryMode).toBe('OpenTelemetry');
    expect(host.extensions.http.routePrefix).toBe('api');
  });
});
