import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Offline validation of the Teams app manifest and its localisation files against the JSON
 * schemas @microsoft/app-manifest bundles. The schema is read from the package's own files and
 * handed to the validator, so it never falls back to downloading one.
 *
 * The package requires an ESM-only dependency (strip-bom), which Node loads but jest's module
 * system cannot: it is loaded lazily here, and tests validate through
 * scripts/validate-manifest.ts in a child process.
 */

/** Schema errors per document, in order; [] for a valid one. */
export type SchemaValidator = (documents: Record<string, unknown>[]) => Promise<string[][]>;

const SCHEMA_ROOT = path.join(path.dirname(require.resolve('@microsoft/app-manifest')), 'json-schemas/teams');
const SCHEMA_URL = /^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/(v\d+\.\d+)\/(MicrosoftTeams(?:\.Localization)?\.schema\.json)$/;

/** The manifest versions the installed package can validate, newest last ("1.30", …). */
export function bundledManifestVersions(): string[] {
  return readdirSync(SCHEMA_ROOT)
    .filter((dir) => /^v\d+\.\d+$/.test(dir))
    .map((dir) => dir.slice(1))
    .sort((a, b) => {
      const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
      const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
      return aMajor - bMajor || aMinor - bMinor;
    });
}

/** The bundled schema file a `$schema` URL names; throws for a URL the package does not carry. */
export function bundledSchemaFor(schemaUrl: unknown): object {
  const match = typeof schemaUrl === 'string' ? SCHEMA_URL.exec(schemaUrl) : null;
  if (!match) throw new Error(`not a Teams schema URL this package bundles: ${String(schemaUrl)}`);
  const file = path.join(SCHEMA_ROOT, match[1] ?? '', match[2] ?? '');
  const raw = readFileSync(file, 'utf8')
    // The clean-up the package applies to the schemas it loads itself (invalid JSON escapes).
    .replace(/\\a/g, '\\u0007')
    .replace(/\\v/g, '\\u000b')
    // The localisation schema's activityTypes patterns end in `\b]`: a literal "]" that only
    // non-unicode regular expressions accept, while ajv compiles patterns with the u flag. `\]`
    // means the same character and compiles in both.
    .replace(/\\\\b\]/g, '\\\\b\\\\]');
  return JSON.parse(raw) as object;
}

/** Schema errors of a manifest or a localisation file (both carry their own `$schema`); [] when valid. */
export async function schemaErrors(document: Record<string, unknown>): Promise<string[]> {
  const schema = bundledSchemaFor(document.$schema);
  const { AppManifestUtils } = await import('@microsoft/app-manifest');
  // The validator is typed for manifests; a localisation file is validated by the same ajv call.
  type Validate = typeof AppManifestUtils.validateAgainstSchema;
  return AppManifestUtils.validateAgainstSchema(document as unknown as Parameters<Validate>[0], schema as Parameters<Validate>[1]);
}

export const validateInProcess: SchemaValidator = (documents) => Promise.all(documents.map(schemaErrors));
