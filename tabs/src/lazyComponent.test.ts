import { describe, expect, it } from '@jest/globals';
import type { ComponentType } from 'react';
import { lazyComponent } from './lazyComponent';

const Page: ComponentType<object> = () => null;

describe('a page loaded on demand', () => {
  it('fetches its code once, however often it is asked for', async () => {
    let loads = 0;
    const lazy = lazyComponent(async () => {
      loads++;
      return Page;
    });
    await Promise.all([lazy.preload(), lazy.preload()]);
    await lazy.preload();
    expect(loads).toBe(1);
  });

  it('asks for its code again after a failed fetch, so a retry can still show the page', async () => {
    let loads = 0;
    const lazy = lazyComponent(async () => {
      loads++;
      if (loads === 1) throw new Error('chunk did not arrive');
      return Page;
    });
    await expect(lazy.preload()).rejects.toThrow('chunk did not arrive');
    await expect(lazy.preload()).resolves.toBe(Page);
    expect(loads).toBe(2);
  });
});
