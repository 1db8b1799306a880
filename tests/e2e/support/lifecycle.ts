import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../../scripts/lib/browser';
import { makeDataDir, startStack, type RunningStack } from '../../../scripts/lib/stack';

export interface StackAndBrowser {
  readonly stack: RunningStack;
  readonly browser: Browser;
  /** The stack's data folder (its embedded Cosmos certificate is in tls/cert.pem). */
  readonly dataDir: string;
}

/**
 * One real stack (own data folder) and one Chromium for the whole test file, torn down after it.
 * `env`: more settings for the stack (e.g. KOERS_CLOCK_START); `prefix`: of the data folder's name.
 */
export function useStackAndBrowser(options: { env?: Record<string, string>; prefix?: string } = {}): StackAndBrowser {
  let stack: RunningStack | undefined;
  let browser: Browser | undefined;
  let dataDir: string | undefined;

  beforeAll(async () => {
    dataDir = makeDataDir(options.prefix);
    [stack, browser] = await Promise.all([startStack(dataDir, 60_000, options.env), launchBrowser()]);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started (beforeAll failed?)`);
    return value;
  };
  return {
    get stack() {
      return ready(stack, 'the stack');
    },
    get browser() {
      return ready(browser, 'the browser');
    },
    get dataDir() {
      return ready(dataDir, 'the data folder');
    },
  };
}
