/**
 * The sample organisations live in @koers/app now. This re-export only keeps the booking and POP
 * use-case tests (app/src/booking, app/src/pop) running on the embedded Cosmos until they move to
 * the in-memory stores; import the sample from @koers/app, and delete this file with them.
 */
export * from '@koers/app/src/sample';
