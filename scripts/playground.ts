/**
 * `npm run playground [-- jeroen linda sanne]`: try the bot locally in Microsoft's Agents
 * Playground, one browser page per sample person. Starts the local stack (`npm start`) first when
 * nothing answers on its API port, then a Playground for each person asked for (default: all three).
 * Ctrl-C stops what this script started.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { z } from 'zod';
import { isPlaygroundPersona, PLAYGROUND_PERSONAS, startPlayground, type RunningPlayground } from './lib/playground';

const apiPort = z.coerce.number().int().min(1).max(65535).default(7071).parse(process.env.KOERS_API_PORT || undefined);
const apiBase = `http://localhost:${apiPort}/api`;

async function stackIsUp(): Promise<boolean> {
  try {
    return (await fetch(`${apiBase}/health`, { signal: AbortSignal.timeout(2_000) })).ok;
  } catch {
    return false;
  }
}

async function startStack(): Promise<ChildProcess> {
  const root = path.resolve(__dirname, '..');
  const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts'], {
    cwd: root,
    env: { ...process.env, KOERS_API_PORT: String(apiPort) },
    stdio: 'inherit',
  });
  for (let waited = 0; waited < 90_000; waited += 500) {
    if (child.exitCode !== null) throw new Error(`npm start stopped with ${child.exitCode}`);
    if (await stackIsUp()) return child;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the local stack did not answer within 90 s');
}

async function main(): Promise<void> {
  const asked = process.argv.slice(2).map((a) => a.toLowerCase());
  const unknown = asked.filter((a) => !isPlaygroundPersona(a));
  if (unknown.length > 0) throw new Error(`Geen Playground voor ${unknown.join(', ')}; kies uit ${PLAYGROUND_PERSONAS.join(', ')}.`);
  const personas = asked.filter(isPlaygroundPersona);

  const stack = (await stackIsUp()) ? undefined : await startStack();
  const playgrounds: RunningPlayground[] = [];
  const stopAll = async () => {
    await Promise.all(playgrounds.map((p) => p.stop()));
    if (stack && stack.exitCode === null) stack.kill('SIGINT');
  };
  process.on('SIGINT', () => void stopAll().then(() => process.exit(0)));
  process.on('SIGTERM', () => void stopAll().then(() => process.exit(0)));

  for (const persona of personas.length > 0 ? personas : PLAYGROUND_PERSONAS) {
    playgrounds.push(await startPlayground({ persona, botEndpoint: `${apiBase}/messages` }));
  }
  console.log(
    [
      '',
      'Agents Playground (Koers-bot, lokaal):',
      ...playgrounds.map((p) => `  ${p.persona.padEnd(7)} ${p.url}`),
      '',
      'Probeer als Linda: "plan een loopbaangesprek met Sanne"; Sanne krijgt dan de voorbereiding.',
      'Stoppen: Ctrl-C',
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
