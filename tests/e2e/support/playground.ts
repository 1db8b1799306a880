import path from 'node:path';
import { DevTokenResponse } from '@koers/contracts';
import type { Locator, Page } from 'playwright-core';
import { startPlayground, type PlaygroundPersona, type RunningPlayground } from '../../../scripts/lib/playground';
import { newLocalPage } from '../../../scripts/lib/browser';
import type { StackAndBrowser } from './lifecycle';

/**
 * Microsoft's Agents Playground (scripts/lib/playground.ts) against the test's stack, one per
 * person: a Teams client is one signed-in person. Stopped after the test file.
 */
export function usePlaygrounds(run: StackAndBrowser): { open: (persona: PlaygroundPersona) => Promise<Page> } {
  const playgrounds: RunningPlayground[] = [];
  afterAll(async () => {
    await Promise.all(playgrounds.map((p) => p.stop()));
  });
  return {
    async open(persona) {
      const playground = await startPlayground({
        persona,
        botEndpoint: `${run.stack.urls.api}/messages`,
        port: 0,
        workDir: path.join(run.dataDir, `playground-${persona}`),
      });
      playgrounds.push(playground);
      const page = await newLocalPage(run.browser);
      await page.goto(playground.url);
      // Opening the chat installs Koers for this person: the welcome proves the bot stored the chat.
      await page.locator('.ac-textBlock, [data-tid], p').getByText('Welkom bij Koers').first().waitFor({ timeout: 30_000 });
      return page;
    },
  };
}

/** Types a chat message and sends it, as the person would. */
export async function send(page: Page, text: string): Promise<void> {
  const box = page.locator('[data-lexical-editor="true"][role="textbox"]');
  await box.click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** The newest Adaptive Card in the chat that contains `text`. */
export function cardWith(page: Page, text: string): Locator {
  return page.locator('.ac-adaptiveCard').filter({ hasText: text }).last();
}

/** A dev token for a sample person (local mode's sign-in). */
export async function devToken(apiBase: string, email: string): Promise<string> {
  const response = await fetch(`${apiBase}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user: email }),
  });
  return DevTokenResponse.parse(await response.json()).accessToken;
}

export interface ApiCall {
  /** A JSON call to the stack's API, as `as` (a sample person's e-mail) when given; throws on any other status than `status` (200). */
  <T>(path: string, schema: { parse(value: unknown): T }, init?: { as?: string; method?: 'GET' | 'POST'; body?: unknown; status?: number }): Promise<T>;
}

/** Calls to the API of the test's stack, beside what people do in their chats. */
export function apiCaller(run: StackAndBrowser): ApiCall {
  return async (path, schema, init = {}) => {
    const base = run.stack.urls.api;
    const response = await fetch(`${base}${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: {
        ...(init.as ? { authorization: `Bearer ${await devToken(base, init.as)}` } : {}),
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    if (response.status !== (init.status ?? 200)) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return schema.parse(await response.json());
  };
}
