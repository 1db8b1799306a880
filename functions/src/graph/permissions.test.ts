import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createTranslator, type MessageKey } from '@koers/texts';
import { GRAPH_CALLS, graphPermissions } from './permissions';

/**
 * The declared Graph calls are the ones the code makes: each is found in its adapter, and no
 * other source file talks to Graph. (tests/agentsToolkit.test.ts holds graphPermissions() against
 * aad.manifest.json and the deployment guide's table.)
 */

const SRC = path.join(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === '__tests__' ? [] : sources(full);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [full] : [];
  });
}

function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

describe('the Graph calls Koers makes', () => {
  it('are each found in the adapter that declares them', () => {
    for (const call of GRAPH_CALLS) {
      const code = readFileSync(path.join(SRC, call.file), 'utf8');
      expect({ call: call.path, found: code.includes(call.marker) }).toEqual({ call: call.path, found: true });
    }
  });

  it('come only from the adapters that declare them', () => {
    const talking = sources(SRC)
      .filter((file) => /\.api\(/.test(withoutComments(readFileSync(file, 'utf8'))))
      .map((file) => path.relative(SRC, file).split(path.sep).join('/'))
      .sort();
    expect(talking).toEqual([...new Set(GRAPH_CALLS.map((c) => c.file))].sort());
  });

  it('need these application permissions and no others', () => {
    expect(graphPermissions()).toEqual([
      'AppCatalog.Read.All',
      'Application.Read.All',
      'Calendars.ReadWrite',
      'GroupMember.Read.All',
      'MailboxSettings.Read',
      'OnlineMeetings.ReadWrite.All',
      'TeamsActivity.Send',
      'TeamsAppInstallation.ReadWriteSelfForUser.All',
      'User.Read.All',
    ]);
  });

  it('are each explained, in Dutch and English, to the administrator the onboarding asks to grant them', () => {
    for (const locale of ['nl-NL', 'en-GB'] as const) {
      const t = createTranslator(locale);
      for (const permission of graphPermissions()) {
        const key = `onboarding.permission.${permission}`;
        expect([permission, t(key as MessageKey)]).not.toEqual([permission, key]);
      }
    }
  });
});
