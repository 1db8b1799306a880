import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HENDRIKS_TENANT_ID, SAMPLE_PEOPLE } from '@koers/app';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { REPO_ROOT } from '../scripts/lib/paths';

/**
 * The Agents Playground config (`npm run playground`, README): an invalid one makes the Playground
 * print "Listening" and exit, so its rules are checked here — exactly five users, unique ids, and
 * people who exist in the sample organisation with their real object ids, or the bot would not
 * know who is talking.
 */

const User = z.object({ id: z.string(), name: z.string(), userPrincipleName: z.string(), aadObjectId: z.string(), email: z.string() });
const Config = z.object({
  version: z.string(),
  tenantId: z.string(),
  bot: z.object({ id: z.string(), name: z.string() }),
  currentUser: User,
  users: z.array(User),
  personalChat: z.object({ id: z.string() }),
  groupChat: z.object({ id: z.string(), name: z.string() }),
  team: z.object({ id: z.string(), name: z.string(), aadGroupId: z.string(), channels: z.array(z.object({ id: z.string(), name: z.string() })) }),
});

describe.each(['jeroen', 'linda', 'sanne'])('playground/%s/.m365agentsplayground.yml', (who) => {
  const config = Config.parse(parseYaml(readFileSync(path.join(REPO_ROOT, 'playground', who, '.m365agentsplayground.yml'), 'utf8')));

  it('signs in as sample people of Installatiebedrijf Hendriks, five besides the current user, with unique ids', () => {
    expect(config.tenantId).toBe(HENDRIKS_TENANT_ID);
    expect(config.users).toHaveLength(5);
    const everyone = [config.currentUser, ...config.users];
    expect(new Set(everyone.map((u) => u.id)).size).toBe(6);
    for (const user of everyone) {
      const person = Object.values(SAMPLE_PEOPLE).find((p) => p.id === user.aadObjectId);
      expect(person).toBeDefined();
      expect({ tenant: person?.tenantId, name: person?.displayName, email: person?.email }).toEqual({ tenant: HENDRIKS_TENANT_ID, name: user.name, email: user.email });
    }
  });

  it('pins the chat ids (stored conversation references would break on every start otherwise)', () => {
    for (const id of [config.personalChat.id, config.groupChat.id, config.team.id]) expect(id).not.toMatch(/^__.*__$/);
  });

});
