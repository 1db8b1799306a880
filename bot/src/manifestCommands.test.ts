import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseIntent } from '@koers/domain';

/**
 * Teams shows the bot's command list in the client's language (the manifest's localization files),
 * and sends the chosen command as typed text: every command, in every language the package has,
 * must be understood — with and without a name after it ("plan een loopbaangesprek met" + Sanne).
 */

const APP_PACKAGE = join(__dirname, '..', '..', 'appPackage');

interface Manifest {
  bots?: { commandLists?: { commands: { title: string }[] }[] }[];
  localizationInfo?: { defaultLanguageFile?: string; additionalLanguages?: { languageTag: string; file: string }[] };
}

const manifest = JSON.parse(readFileSync(join(APP_PACKAGE, 'manifest.template.json'), 'utf8')) as Manifest;
const COMMAND_TITLE = /^bots\[\d+\]\.commandLists\[\d+\]\.commands\[\d+\]\.title$/;

function localizedTitles(file: string): string[] {
  const strings = JSON.parse(readFileSync(join(APP_PACKAGE, file), 'utf8')) as Record<string, unknown>;
  return Object.entries(strings).flatMap(([key, value]) => (COMMAND_TITLE.test(key) && typeof value === 'string' ? [value] : []));
}

const languageFiles = [
  ...(manifest.localizationInfo?.defaultLanguageFile ? [manifest.localizationInfo.defaultLanguageFile] : []),
  ...(manifest.localizationInfo?.additionalLanguages ?? []).map((language) => language.file),
];
const titles = [
  ...new Set([
    ...(manifest.bots ?? []).flatMap((bot) => (bot.commandLists ?? []).flatMap((list) => list.commands.map((command) => command.title))),
    ...languageFiles.flatMap(localizedTitles),
  ]),
];

describe("the bot's command list in the Teams manifest", () => {
  it('has commands in the manifest and in a localization file', () => {
    expect(titles.length).toBeGreaterThanOrEqual(4);
    expect(languageFiles.length).toBeGreaterThanOrEqual(1);
    expect(languageFiles.flatMap(localizedTitles).length).toBeGreaterThanOrEqual(1);
  });

  it.each(titles)('understands the command %p', (title) => {
    expect(parseIntent(title).kind).not.toBe('unknown');
  });

  const planning = titles.filter((title) => /^plan\b/.test(title));

  it('has a planning command in every language', () => {
    expect(planning.length).toBeGreaterThanOrEqual(2);
  });

  it.each(planning)('understands %p with a name after it, and keeps the name', (title) => {
    const intent = parseIntent(`${title} ${/conversation/.test(title) ? 'with' : 'met'} Sanne`);
    expect(intent.kind).not.toBe('unknown');
    expect(intent).toMatchObject({ name: 'Sanne' });
  });
});
