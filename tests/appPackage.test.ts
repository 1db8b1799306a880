import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { z } from 'zod';
import {
  APP_PACKAGE_DIR,
  MissingVariablesError,
  PACKAGE_FILES,
  buildAppPackage,
  fillPlaceholders,
  parseEnvFile,
  readEnvironment,
  renderAppPackage,
  requiredVariables,
  type RenderedAppPackage,
} from '../scripts/lib/appPackage';
import { drawColorIcon, drawOutlineIcon } from '../scripts/lib/icons';
import { bundledManifestVersions } from '../scripts/lib/manifestSchema';
import { ACTIVITY_TEMPLATE_PARAMETERS, ActivityType } from '@koers/domain';
import { en as enTexts, nl as nlTexts, nlBE as nlBETexts } from '@koers/texts/src/catalogue';
import { runScript, validateInChildProcess } from './support/manifestValidator';

/** The environments whose env/.env.<env> is committed. */
const COMMITTED_ENVS = ['sample', 'local', 'dev'] as const;

/**
 * An environment as provisioning leaves it: the toolkit-managed envs (local, dev) are committed
 * with the ids empty, so the invented ids of env/.env.sample stand in where theirs are empty.
 * Tab host and name suffix stay the environment's own.
 */
function provisioned(env: string): Record<string, string> {
  const own = Object.fromEntries(Object.entries(readEnvironment(env)).filter(([name, value]) => value !== '' || name === 'APP_NAME_SUFFIX'));
  const sample = readEnvironment('sample');
  const ids = { TEAMS_APP_ID: sample.TEAMS_APP_ID, BOT_ID: sample.BOT_ID, AAD_APP_CLIENT_ID: sample.AAD_APP_CLIENT_ID };
  const tab = own.TAB_ENDPOINT ? {} : { TAB_ENDPOINT: sample.TAB_ENDPOINT, TAB_DOMAIN: sample.TAB_DOMAIN };
  return { ...ids, ...tab, ...own } as Record<string, string>;
}

function renderEnv(env: string): RenderedAppPackage {
  return renderAppPackage(provisioned(env), `env/.env.${env}`);
}

const Command = z.object({ title: z.string(), description: z.string() });

/** The manifest's text at a localisation key such as `bots[0].commandLists[0].commands[1].title`. */
function manifestText(manifest: Record<string, unknown>, key: string): unknown {
  return key
    .split(/\.|(?=\[)/)
    .reduce<unknown>((node, part) => {
      const index = /^\[(\d+)\]$/.exec(part);
      if (index) return Array.isArray(node) ? node[Number(index[1])] : undefined;
      return typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
    }, manifest);
}
const ManifestShape = z.looseObject({
  $schema: z.string(),
  manifestVersion: z.string(),
  validDomains: z.array(z.string()),
  webApplicationInfo: z.object({ id: z.string(), resource: z.string() }),
  developer: z.looseObject({ websiteUrl: z.string(), privacyUrl: z.string(), termsOfUseUrl: z.string() }),
  staticTabs: z.array(z.looseObject({ entityId: z.string(), contentUrl: z.string().optional(), websiteUrl: z.string().optional() })),
  configurableTabs: z.array(z.looseObject({ configurationUrl: z.string(), context: z.array(z.string()), scopes: z.array(z.string()) })),
  bots: z.array(z.looseObject({ botId: z.string(), scopes: z.array(z.string()), commandLists: z.array(z.object({ scopes: z.array(z.string()), commands: z.array(Command) })) })),
  authorization: z.object({ permissions: z.object({ resourceSpecific: z.array(z.object({ name: z.string(), type: z.string() })) }) }),
  localizationInfo: z.object({ defaultLanguageTag: z.string(), additionalLanguages: z.array(z.object({ languageTag: z.string(), file: z.string() })) }),
});

describe('the Teams manifest', () => {
  it('is on the newest manifest schema the validator bundles', async () => {
    const newest = bundledManifestVersions().at(-1);
    expect(newest).toMatch(/^1\.\d+$/);
    const manifest = ManifestShape.parse(renderEnv('sample').manifest);
    expect(manifest.manifestVersion).toBe(newest);
    expect(manifest.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${newest}/MicrosoftTeams.schema.json`);
  });

  it('filled for each committed environment, validates offline against the official schema with zero errors (manifest, en.json, nl-be.json)', async () => {
    const documents = COMMITTED_ENVS.flatMap((env) => {
      const { manifest, en, nlBE } = renderEnv(env);
      return [manifest, en, nlBE];
    });
    // The last document proves the check bites: a bot id that is not a GUID, an unknown property.
    const { manifest } = renderEnv('sample');
    const broken = { ...manifest, bots: [{ botId: 'not-a-guid', scopes: ['personal'] }], koers: true };
    const results = await validateInChildProcess([...documents, broken]);
    expect(results.slice(0, documents.length)).toEqual(documents.map(() => []));
    const brokenErrors = results.at(-1) ?? [];
    expect(brokenErrors.some((e) => e.includes('/bots/0/botId'))).toBe(true);
    expect(brokenErrors.some((e) => e.includes('additional properties'))).toBe(true);
  });

  it('declares personal tabs, a meeting and group chat tab, the bot in personal and group chat, SSO and meeting RSC', async () => {
    const m = ManifestShape.parse(renderEnv('sample').manifest);
    const home = m.staticTabs.find((t) => t.entityId === 'home');
    expect(home?.contentUrl).toBe('https://koers-dev-example.azurestaticapps.net/#/');
    const [meetingTab] = m.configurableTabs;
    expect(meetingTab?.scopes).toEqual(['groupChat']);
    expect([...(meetingTab?.context ?? [])].sort()).toEqual(['meetingChatTab', 'meetingDetailsTab', 'meetingSidePanel', 'meetingStage', 'privateChatTab']);
    expect(m.bots[0]?.scopes).toEqual(['personal', 'groupChat']);
    expect(m.webApplicationInfo).toEqual({
      id: '5f0c6a4e-1b2d-4e3f-9a8b-0d0e0f000d03',
      resource: 'api://koers-dev-example.azurestaticapps.net/5f0c6a4e-1b2d-4e3f-9a8b-0d0e0f000d03',
    });
    expect(m.authorization.permissions.resourceSpecific.map((p) => p.name).sort()).toEqual(['MeetingStage.Write.Chat', 'OnlineMeeting.ReadBasic.Chat']);
    expect(m.localizationInfo).toEqual({
      defaultLanguageTag: 'nl-nl',
      additionalLanguages: [
        { languageTag: 'en', file: 'en.json' },
        { languageTag: 'nl-be', file: 'nl-be.json' },
      ],
    });
  });

  it.each(COMMITTED_ENVS)('%s: every validDomains entry, and every URL in the manifest, is on the tab host', async (env) => {
    const values = provisioned(env);
    const tabHost = new URL(values.TAB_ENDPOINT ?? '').host;
    const m = ManifestShape.parse(renderEnv(env).manifest);
    expect(m.validDomains.length).toBeGreaterThan(0);
    for (const domain of m.validDomains) expect(domain).toBe(tabHost);
    const urls = [
      m.developer.websiteUrl,
      m.developer.privacyUrl,
      m.developer.termsOfUseUrl,
      ...m.staticTabs.flatMap((t) => [t.contentUrl, t.websiteUrl]),
      ...m.configurableTabs.map((t) => t.configurationUrl),
    ].filter((u): u is string => u !== undefined);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(new URL(url).host).toBe(tabHost);
  });

  it('lists the bot commands in Dutch, each with its English translation in en.json', async () => {
    const { manifest, en } = renderEnv('sample');
    const m = ManifestShape.parse(manifest);
    const personal = m.bots[0]?.commandLists.find((l) => l.scopes.includes('personal'))?.commands.map((c) => c.title);
    expect(personal).toEqual(['help', 'plan een loopbaangesprek', 'voorbereiden', 'mijn pop']);
    const translated: string[] = [];
    m.bots[0]?.commandLists.forEach((list, l) =>
      list.commands.forEach((command, c) => {
        for (const field of ['title', 'description'] as const) {
          const english = en[`bots[0].commandLists[${l}].commands[${c}].${field}`];
          expect(typeof english).toBe('string');
          expect(english).not.toBe('');
          if (field === 'description') expect(english).not.toBe(command.description);
          else translated.push(String(english));
        }
      }),
    );
    expect(translated.slice(0, 4)).toEqual(['help', 'plan a career conversation', 'prepare', 'my pop']);
  });

  it.each(['en', 'nlBE'] as const)('%s translates only things the manifest has', async (language) => {
    const rendered = renderEnv('sample');
    const keys = Object.keys(rendered[language]).filter((k) => k !== '$schema');
    expect(keys.length).toBeGreaterThan(language === 'en' ? 10 : 3);
    expect(keys.filter((k) => typeof manifestText(rendered.manifest, k) !== 'string')).toEqual([]);
  });

  it('nl-be.json words differently what Flemish readers say differently, and repeats only what the schema requires', async () => {
    const { manifest, nlBE } = renderEnv('sample');
    const required = ['name.short', 'description.short', 'description.full'];
    const keys = Object.keys(nlBE).filter((k) => k !== '$schema');
    expect(keys).toEqual(expect.arrayContaining(required));
    const same = keys.filter((k) => !required.includes(k) && nlBE[k] === manifestText(manifest, k));
    expect(same).toEqual([]);
    // "inplannen", "een tweetal weken", "in een schuif": Flemish, where the Netherlands say it otherwise.
    expect(nlBE['description.short']).not.toBe(manifestText(manifest, 'description.short'));
    expect(nlBE['description.full']).toMatch(/schuif/);
    expect(nlBE['bots[0].commandLists[0].commands[1].description']).toMatch(/tweetal weken/);
  });

  it('keeps the commands themselves the same for Flemish readers, so what they pick is what the bot reads', () => {
    const { nlBE } = renderEnv('sample');
    expect(Object.keys(nlBE).filter((k) => /^bots\[0\].*\.title$/.test(k))).toEqual([]);
  });
});

describe('the activity feed notifications the manifest declares', () => {
  const Activities = z.object({ activityTypes: z.array(z.object({ type: z.string(), description: z.string(), templateText: z.string() })) });

  it('are exactly the activity types Koers sends, each template naming the parameters Koers fills in', () => {
    const { activityTypes } = Activities.parse(renderEnv('sample').manifest['activities']);
    expect(activityTypes.map((a) => a.type)).toEqual(ActivityType.options);
    for (const activity of activityTypes) {
      const used = [...activity.templateText.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect({ type: activity.type, used }).toEqual({ type: activity.type, used: ACTIVITY_TEMPLATE_PARAMETERS[ActivityType.parse(activity.type)] });
    }
  });

  it('read in Teams as the notifications in the tab read, in Dutch, English and Flemish', () => {
    const { manifest, en, nlBE } = renderEnv('sample');
    const { activityTypes } = Activities.parse(manifest['activities']);
    activityTypes.forEach((activity, i) => {
      const key = `activity.${ActivityType.parse(activity.type)}` as const;
      const templateKey = `activities.activityTypes[${i}].templateText`;
      expect([key, activity.templateText]).toEqual([key, nlTexts[key]]);
      expect([key, en[templateKey]]).toEqual([key, enTexts[key]]);
      expect([key, nlBE[templateKey] ?? activity.templateText]).toEqual([key, nlBETexts[key] ?? nlTexts[key]]);
    });
    // "Ingepland": what Flemish readers say where the Netherlands say "gepland".
    expect(nlBE['activities.activityTypes[2].templateText']).toMatch(/ingepland/);
  });
});

describe('filling the placeholders', () => {
  it('needs exactly the six documented variables', () => {
    expect(requiredVariables()).toEqual(['AAD_APP_CLIENT_ID', 'APP_NAME_SUFFIX', 'BOT_ID', 'TAB_DOMAIN', 'TAB_ENDPOINT', 'TEAMS_APP_ID']);
  });

  it('refuses missing and empty values, naming every one', () => {
    const template = '{"a":"${{TEAMS_APP_ID}}","b":"${{BOT_ID}}","c":"${{TAB_DOMAIN}}","d":"Koers${{APP_NAME_SUFFIX}}"}';
    let error: unknown;
    try {
      fillPlaceholders(template, { TEAMS_APP_ID: 'x', TAB_DOMAIN: '  ' }, 'env/.env.test');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MissingVariablesError);
    expect((error as MissingVariablesError).missing).toEqual(['APP_NAME_SUFFIX', 'BOT_ID', 'TAB_DOMAIN']);
    expect((error as Error).message).toContain('env/.env.test');
  });

  it('allows an empty name suffix and escapes values for JSON', () => {
    const filled = fillPlaceholders('{"name":"Koers${{APP_NAME_SUFFIX}}","x":"${{ X }}"}', { APP_NAME_SUFFIX: '', X: 'a "quote" \\ here' });
    expect(JSON.parse(filled)).toEqual({ name: 'Koers', x: 'a "quote" \\ here' });
  });

  it('reads env files like dotenv: comments, quotes, spaces kept inside quotes', () => {
    expect(parseEnvFile('# comment\nA=1\nB=" (dev)"\nC=\nexport D=four # trailing\n')).toEqual({ A: '1', B: ' (dev)', C: '', D: 'four' });
  });

  it('refuses a tab that is not https or a TAB_DOMAIN that is not its host', async () => {
    const values = { ...readEnvironment('sample'), TAB_ENDPOINT: 'http://koers.example.com', TAB_DOMAIN: 'other.example.com' };
    expect(() => renderAppPackage(values)).toThrow(/TAB_ENDPOINT must be https[\s\S]*TAB_DOMAIN must be/);
  });
});

describe('npm run package', () => {
  let workDir: string;
  beforeAll(() => {
    workDir = mkdtempSync(path.join(tmpdir(), 'koers-package-'));
  });
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('writes appPackage.<env>.zip with exactly manifest.json, en.json, nl-be.json and the two icons', async () => {
    const run = runScript('scripts/package.ts', ['--env', 'sample', '--out', workDir]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const file = path.join(workDir, 'appPackage.sample.zip');
    expect(run.stdout).toContain('appPackage.sample.zip');
    const zip = await JSZip.loadAsync(readFileSync(file));
    expect(Object.keys(zip.files).sort()).toEqual([...PACKAGE_FILES].sort());
    const manifest = (await zip.file('manifest.json')?.async('string')) ?? '';
    expect(manifest).not.toContain('${{');
    expect(JSON.parse(manifest)).toMatchObject({ id: '5f0c6a4e-1b2d-4e3f-9a8b-0d0e0f000d01', name: { short: 'Koers (voorbeeld)' } });
    const outline = await zip.file('outline.png')?.async('nodebuffer');
    expect(outline?.equals(readFileSync(path.join(APP_PACKAGE_DIR, 'outline.png')))).toBe(true);
  });

  it('exits 1 with the reason when the environment has no file', () => {
    const run = runScript('scripts/package.ts', ['--env', 'nosuchenv', '--out', workDir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('env/.env.nosuchenv does not exist');
  });

  it('fails with the missing variables named, and takes the .user file into account', async () => {
    const envDir = path.join(workDir, 'env');
    mkdirSync(envDir, { recursive: true });
    writeFileSync(path.join(envDir, '.env.test'), 'TEAMS_APP_ID=5f0c6a4e-1b2d-4e3f-9a8b-0d0e0f000d01\nAPP_NAME_SUFFIX=\n');
    await expect(buildAppPackage('test', { envDir, outDir: workDir })).rejects.toThrow(
      /needs values for: AAD_APP_CLIENT_ID, BOT_ID, TAB_DOMAIN, TAB_ENDPOINT\./,
    );
    writeFileSync(
      path.join(envDir, '.env.test.user'),
      'AAD_APP_CLIENT_ID=5f0c6a4e-1b2d-4e3f-9a8b-0d0e0f000d03\nBOT_ID=5f0c6a4e-1b2d-4e3f-9a8b-0d0e0f000d02\nTAB_ENDPOINT=https://t.example.com\nTAB_DOMAIN=t.example.com\n',
    );
    await expect(buildAppPackage('test', { envDir, outDir: workDir, validate: validateInChildProcess })).resolves.toMatch(/appPackage\.test\.zip$/);
  });

  it('says which file to create for an environment without one', async () => {
    await expect(buildAppPackage('prod', { envDir: path.join(workDir, 'nowhere') })).rejects.toThrow(
      /\.env\.prod does not exist\. Create it with AAD_APP_CLIENT_ID, APP_NAME_SUFFIX, BOT_ID, TAB_DOMAIN, TAB_ENDPOINT, TEAMS_APP_ID/,
    );
  });
});

describe('the icons', () => {
  const read = (file: string) => PNG.sync.read(readFileSync(path.join(APP_PACKAGE_DIR, file)));

  it('color.png is 192×192 and fully opaque', () => {
    const png = read('color.png');
    expect([png.width, png.height]).toEqual([192, 192]);
    for (let i = 3; i < png.data.length; i += 4) if (png.data[i] !== 255) throw new Error(`transparent pixel ${(i - 3) / 4}`);
  });

  it('outline.png is 32×32 with only white and transparent pixels, and both kinds present', () => {
    const png = read('outline.png');
    expect([png.width, png.height]).toEqual([32, 32]);
    let white = 0;
    let transparent = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b, a] = [png.data[i], png.data[i + 1], png.data[i + 2], png.data[i + 3]];
      if (a === 0) transparent++;
      else if (r === 255 && g === 255 && b === 255) white++;
      else throw new Error(`pixel ${i / 4} is rgba(${r},${g},${b},${a}): neither white nor transparent`);
    }
    expect(white).toBeGreaterThan(100);
    expect(transparent).toBeGreaterThan(300);
  });

  it('the committed PNGs are what scripts/make-icons.ts draws (run `npm run icons`)', () => {
    expect(read('color.png').data.equals(drawColorIcon().data)).toBe(true);
    expect(read('outline.png').data.equals(drawOutlineIcon().data)).toBe(true);
  });
});
