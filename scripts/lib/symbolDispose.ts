/**
 * jest runs each test file in a vm context of its own, where Node 20 does not install
 * Symbol.dispose / Symbol.asyncDispose (it does so in the main realm only). playwright-core then
 * names its disposers by one symbol and looks them up by another, and every step that disposes an
 * element handle — clicking into an iframe that has to scroll, a frame's bounding box — fails with
 * "Object not disposable". The well-known fallbacks playwright itself looks for fix that. Must be
 * loaded before playwright-core.
 */
for (const name of ['dispose', 'asyncDispose'] as const) {
  if (typeof (Symbol as unknown as Record<string, unknown>)[name] !== 'symbol') {
    Object.defineProperty(Symbol, name, { value: Symbol.for(`Symbol.${name}`) });
  }
}

export {};
