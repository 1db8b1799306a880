import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { makeDataDir, startStack, type RunningStack } from './stack';

export interface StackAndBrowser {
  readonly stack: RunningStack;
  readonly browser: Browser;
  /** The stack's data folder (its embedded Cosmos certificate is in tls/cert.pem). */
  readonly dataDir: string;
}

/** One real stack (own data folder) and one Chromium for the whole test file, torn down after it. */
export function useStackAndBrowser(): StackAndBrowser {
  let stack: RunningStack | undefined;
  let browser: Browser | undefined;
  let dataDir: string | undefined;

  beforeAll(async () => {
    dataDir = makeDataDir();
    [stack, browser] = await Promise.all([startStack(dataDir), launchBrowser()]);
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
