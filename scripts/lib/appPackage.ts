import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { validateInProcess, type SchemaValidator } from './manifestSchema';
import { REPO_ROOT } from './paths';

/**
 * The Teams app package: appPackage/manifest.template.json and its localisation files (en.json,
 * nl-be.json) carry `${{NAME}}` placeholders (the Agents Toolkit's syntax), filled from
 * env/.env.<env> (plus the git-ignored env/.env.<env>.user). The result is validated against the
 * bundled schemas and zipped with the two icons.
 */

export const APP_PACKAGE_DIR = path.join(REPO_ROOT, 'appPackage');
export const ENV_DIR = path.join(REPO_ROOT, 'env');
/**
 * The manifest's own strings are Dutch (nl-NL, the default language); Teams lays a client's
 * language over them: English, and for Flemish clients the few texts worded differently there.
 */
export const LOCALIZATION_FILES = { en: 'en.json', nlBE: 'nl-be.json' } as const;
export const TEMPLATE_FILES = { manifest: 'manifest.template.json', ...LOCALIZATION_FILES } as const;
export const ICON_FILES = ['color.png', 'outline.png'] as const;
/** Exactly what the zip holds, and nothing else. */
export const PACKAGE_FILES = ['manifest.json', ...Object.values(LOCALIZATION_FILES), ...ICON_FILES] as const;

/** Variables that may be present but empty: production has no name suffix. */
const MAY_BE_EMPTY = new Set(['APP_NAME_SUFFIX']);
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export class MissingVariablesError extends Error {
  override readonly name = 'MissingVariablesError';
  constructor(
    readonly missing: string[],
    source: string,
  ) {
    super(
      `The Teams app package needs values for: ${missing.join(', ')}.\n` +
        `Set them in ${source} (NAME=value, one per line); only APP_NAME_SUFFIX may be empty.`,
    );
  }
}

export class AppPackageError extends Error {
  override readonly name = 'AppPackageError';
}

/** KEY=value lines, `#` comments, optional single or double quotes (dotenv's common subset). */
export function parseEnvFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [index, rawLine] of text.split(/\r?\n/).entries()) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) throw new AppPackageError(`line ${index + 1} is not NAME=value: ${rawLine}`);
    const [, name = '', rawValue = ''] = match;
    const quoted = /^(["'])(.*)\1$/.exec(rawValue);
    values[name] = quoted ? (quoted[2] ?? '') : rawValue.replace(/\s+#.*$/, '').trim();
  }
  return values;
}

/** The placeholder names a template uses, sorted, each once. */
export function placeholdersIn(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))].sort();
}

/**
 * Replaces every `${{NAME}}` in a JSON template. Values are escaped for a JSON string. Throws
 * MissingVariablesError naming every variable that is absent (or empty, except APP_NAME_SUFFIX).
 */
export function fillPlaceholders(template: string, values: Record<string, string | undefined>, source = 'the environment file'): string {
  const missing = placeholdersIn(template).filter((name) => {
    const value = values[name];
    return value === undefined || (value.trim() === '' && !MAY_BE_EMPTY.has(name));
  });
  if (missing.length > 0) throw new MissingVariablesError(missing, source);
  return template.replace(PLACEHOLDER, (_match, name: string) => JSON.stringify(values[name] ?? '').slice(1, -1));
}

/** Every placeholder either template file uses: what an env file must define. */
export function requiredVariables(appPackageDir = APP_PACKAGE_DIR): string[] {
  const texts = Object.values(TEMPLATE_FILES).map((file) => readFileSync(path.join(appPackageDir, file), 'utf8'));
  return placeholdersIn(texts.join('\n'));
}

/** env/.env.<env> and, when present, the git-ignored env/.env.<env>.user on top. */
export function readEnvironment(env: string, envDir = ENV_DIR): Record<string, string> {
  if (!/^[a-z0-9][a-z0-9-]*$/i.test(env)) throw new AppPackageError(`not an environment name: "${env}"`);
  const file = path.join(envDir, `.env.${env}`);
  if (!existsSync(file)) {
    throw new AppPackageError(
      `${path.relative(REPO_ROOT, file)} does not exist. Create it with ${requiredVariables().join(', ')} ` +
        '(see env/.env.sample for the shape), or provision the environment first (`atk provision --env <env>`).',
    );
  }
  const values = parseEnvFile(readFileSync(file, 'utf8'));
  const userFile = `${file}.user`;
  return existsSync(userFile) ? { ...values, ...parseEnvFile(readFileSync(userFile, 'utf8')) } : values;
}

/** Checks the schema cannot make: the tab is served over https from the domain the package names. */
export function tabSettingProblems(values: Record<string, string | undefined>): string[] {
  const endpoint = values.TAB_ENDPOINT ?? '';
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return [`TAB_ENDPOINT is not a URL: "${endpoint}"`];
  }
  const problems: string[] = [];
  if (url.protocol !== 'https:') problems.push(`TAB_ENDPOINT must be https:// (Teams loads tabs over https only): "${endpoint}"`);
  if (url.pathname !== '/' || url.search || url.hash || endpoint.endsWith('/')) {
    problems.push(`TAB_ENDPOINT must be an origin without a path or trailing slash: "${endpoint}"`);
  }
  if (values.TAB_DOMAIN !== url.host) problems.push(`TAB_DOMAIN must be TAB_ENDPOINT's host "${url.host}", not "${values.TAB_DOMAIN ?? ''}"`);
  return problems;
}

type LocalizationFile = (typeof LOCALIZATION_FILES)[keyof typeof LOCALIZATION_FILES];

export interface RenderedAppPackage {
  /** manifest.json and its localisation files, as written into the zip. */
  files: Record<'manifest.json' | LocalizationFile, string>;
  manifest: Record<string, unknown>;
  en: Record<string, unknown>;
  nlBE: Record<string, unknown>;
}

/** Fills both templates; throws MissingVariablesError, or AppPackageError for bad tab settings. */
export function renderAppPackage(
  values: Record<string, string | undefined>,
  source = 'the environment file',
  appPackageDir = APP_PACKAGE_DIR,
): RenderedAppPackage {
  const read = (file: string) => readFileSync(path.join(appPackageDir, file), 'utf8');
  const manifestTemplate = read(TEMPLATE_FILES.manifest);
  const enTemplate = read(TEMPLATE_FILES.en);
  const nlBETemplate = read(TEMPLATE_FILES.nlBE);
  // One error for all files, so one run lists everything to fix.
  fillPlaceholders([manifestTemplate, enTemplate, nlBETemplate].join('\n'), values, source);
  const problems = tabSettingProblems(values);
  if (problems.length > 0) throw new AppPackageError(`Invalid values in ${source}:\n  - ${problems.join('\n  - ')}`);

  const manifestText = fillPlaceholders(manifestTemplate, values, source);
  const enText = fillPlaceholders(enTemplate, values, source);
  const nlBEText = fillPlaceholders(nlBETemplate, values, source);
  return {
    files: { 'manifest.json': manifestText, [LOCALIZATION_FILES.en]: enText, [LOCALIZATION_FILES.nlBE]: nlBEText },
    manifest: JSON.parse(manifestText) as Record<string, unknown>,
    en: JSON.parse(enText) as Record<string, unknown>,
    nlBE: JSON.parse(nlBEText) as Record<string, unknown>,
  };
}

/** Throws AppPackageError listing every schema error of manifest.json and its localisation files. */
export async function assertValidAppPackage(rendered: RenderedAppPackage, validate: SchemaValidator = validateInProcess): Promise<void> {
  const [manifestErrors = [], enErrors = [], nlBEErrors = []] = await validate([rendered.manifest, rendered.en, rendered.nlBE]);
  const errors = [
    ...manifestErrors.map((e) => `manifest.json${e}`),
    ...enErrors.map((e) => `${LOCALIZATION_FILES.en}${e}`),
    ...nlBEErrors.map((e) => `${LOCALIZATION_FILES.nlBE}${e}`),
  ];
  if (errors.length > 0) throw new AppPackageError(`The app package does not match the Teams schema:\n  - ${errors.join('\n  - ')}`);
}

/** A fixed timestamp keeps the zip byte-for-byte the same for the same inputs. */
const ZIP_DATE = new Date('2024-01-01T00:00:00Z');

export async function zipAppPackage(rendered: RenderedAppPackage, appPackageDir = APP_PACKAGE_DIR): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(rendered.files)) zip.file(name, text, { date: ZIP_DATE });
  for (const icon of ICON_FILES) zip.file(icon, readFileSync(path.join(appPackageDir, icon)), { date: ZIP_DATE });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
}

export interface BuildOptions {
  envDir?: string;
  outDir?: string;
  validate?: SchemaValidator;
}

/** `npm run package -- --env <env>`: writes appPackage/build/appPackage.<env>.zip; returns its path. */
export async function buildAppPackage(env: string, options: BuildOptions = {}): Promise<string> {
  const envDir = options.envDir ?? ENV_DIR;
  const values = readEnvironment(env, envDir);
  const source = `${path.relative(REPO_ROOT, path.join(envDir, `.env.${env}`))} (or its .user file)`;
  const rendered = renderAppPackage(values, source);
  await assertValidAppPackage(rendered, options.validate);
  const outDir = options.outDir ?? path.join(APP_PACKAGE_DIR, 'build');
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `appPackage.${env}.zip`);
  writeFileSync(file, await zipAppPackage(rendered));
  return file;
}
