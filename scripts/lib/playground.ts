import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Starts Microsoft's Agents Playground (a local Teams-like web client) for one sample person,
 * against Koers' bot endpoint. One Playground is one signed-in person; two people are two
 * Playgrounds on two ports, and Koers answers each through the serviceUrl of its conversation.
 */

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'node_modules/@microsoft/m365agentsplayground/cli.js');

/** The people with a Playground config under playground/<name>/. */
export const PLAYGROUND_PERSONAS = ['jeroen', 'linda', 'sanne'] as const;
export type PlaygroundPersona = (typeof PLAYGROUND_PERSONAS)[number];

/** Fixed ports, so a stored conversation reference (its serviceUrl) stays right across restarts. */
export const PLAYGROUND_PORTS: Record<PlaygroundPersona, number> = { jeroen: 56150, linda: 56151, sanne: 56152 };

export function isPlaygroundPersona(name: string): name is PlaygroundPersona {
  return (PLAYGROUND_PERSONAS as readonly string[]).includes(name);
}

export interface RunningPlayground {
  persona: PlaygroundPersona;
  url: string;
  port: number;
  output(): string;
  stop(): Promise<void>;
}

export async function startPlayground(options: {
  persona: PlaygroundPersona;
  /** Koers' bot endpoint, e.g. http://localhost:7071/api/messages. */
  botEndpoint: string;
  port?: number;
  /** Where the Playground runs and writes devTools/ (default: playground/<persona>). */
  workDir?: string;
  timeoutMs?: number;
}): Promise<RunningPlayground> {
  const { persona, botEndpoint } = options;
  const configDir = path.join(root, 'playground', persona);
  const workDir = options.workDir ?? configDir;
  fs.mkdirSync(workDir, { recursive: true });
  const requestedPort = options.port ?? PLAYGROUND_PORTS[persona];
  const child: ChildProcess = spawn(process.execPath, [cli, '-e', botEndpoint, '-c', 'msteams', '-p', String(requestedPort), '--disable-telemetry'], {
    cwd: workDir,
    env: {
      ...process.env,
      // No browser of its own, no telemetry: the Playground then makes no outside connection.
      TEAMSAPPTESTER_BROWSER: 'none',
      APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: path.join(configDir, '.m365agentsplayground.yml'),
      // Its clientInfo time zone comes from its own process (activity.locale is always en-US).
      TZ: 'Europe/Amsterdam',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Playground for ${persona} not listening after ${options.timeoutMs ?? 30_000} ms:\n${log}`)), options.timeoutMs ?? 30_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      // It silently takes another port when the asked one is busy: believe what it says.
      const match = /Listening on (\d+)/.exec(log);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then(() => {
      clearTimeout(timer);
      const reason = readLog(workDir);
      reject(new Error(`Playground for ${persona} exited before it listened:\n${log}\n${reason}`));
    });
  });
  // An invalid config still prints "Listening" and then exits: give it a moment to do so.
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 500))]);
  if (child.exitCode !== null) throw new Error(`Playground for ${persona} refused its config:\n${readLog(workDir)}`);
  return {
    persona,
    port,
    url: `http://localhost:${port}`,
    output: () => log,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

/** The Playground explains a refused config only in its own log file. */
function readLog(workDir: string): string {
  try {
    return fs.readFileSync(path.join(workDir, 'devTools', 'm365agentsplayground.log'), 'utf8').slice(-4000);
  } catch {
    return '';
  }
}
