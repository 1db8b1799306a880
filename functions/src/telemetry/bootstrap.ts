/**
 * Imported first by functions/src/index.ts, for its side effect: Azure Monitor must patch http and
 * the Azure SDKs before the app's modules load them. No-op in local mode.
 */
import { startTelemetry } from './index';

startTelemetry(process.env).catch((error: unknown) => {
  // Telemetry must never stop the app; the platform's own logs still show this line.
  console.error('Koers: telemetry could not start:', error instanceof Error ? error.name : typeof error);
});
