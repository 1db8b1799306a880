/** Retries `read` until it matches, then asserts once more so a failure shows the last value. */
export async function until<T>(read: () => Promise<T>, expected: unknown, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  let last = await read();
  while (Date.now() < end) {
    try {
      expect(last).toEqual(expected);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
      last = await read();
    }
  }
  expect(last).toEqual(expected);
}
