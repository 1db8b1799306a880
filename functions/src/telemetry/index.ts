/**
 * Telemetry for the Functions app. Azure mode (APPLICATIONINSIGHTS_CONNECTION_STRING set):
 * OpenTelemetry through Azure Monitor, with redacting processors. Local mode: JSON lines on
 * stdout. Either way the app logs through `Logger` (logger.ts) with safe fields only (redact.ts).
 */
import { createLogger, jsonLinesSink, parseLogLevel, type Logger, type LogSink } from './logger';

export { consoleStyle, createLogger, hostLogger, jsonLinesSink, parseLogLevel, type Logger, type LogLevel, type LogRecord, type LogSink } from './logger';
export { redactingContext } from './functionsContext';
export { errorFields, fromConsoleArgs, redactText, safeFields, SAFE_FIELDS, type SafeFields } from './redact';

export interface TelemetryEnv {
  APPLICATIONINSIGHTS_CONNECTION_STRING?: string;
  AZURE_CLIENT_ID?: string;
  /** debug, info (default), warn or error. */
  KOERS_LOG_LEVEL?: string;
}

export function isAzureTelemetry(env: TelemetryEnv): boolean {
  return Boolean(env.APPLICATIONINSIGHTS_CONNECTION_STRING?.trim());
}

let started: Promise<void> | undefined;

/**
 * Starts Azure Monitor once, when configured; resolves at once in local mode. Called first thing
 * by functions/src/index.ts (through ./bootstrap), before the app's modules are loaded.
 */
export function startTelemetry(env: TelemetryEnv = process.env): Promise<void> {
  if (!isAzureTelemetry(env)) return Promise.resolve();
  started ??= import('./azure.js')
    .then(({ startAzureMonitor }) => startAzureMonitor(env))
    .catch((error: unknown) => {
      started = undefined; // the next cold start or call tries again
      throw error;
    });
  return started;
}

/** The app's logger: OpenTelemetry log records in Azure mode, JSON lines on stdout locally. */
export async function createAppLogger(env: TelemetryEnv = process.env): Promise<Logger> {
  const level = parseLogLevel(env.KOERS_LOG_LEVEL);
  let sink: LogSink = jsonLinesSink();
  if (isAzureTelemetry(env)) {
    try {
      await startTelemetry(env);
      const { otelLogSink } = await import('./azure.js');
      sink = await otelLogSink();
    } catch {
      // Telemetry must never stop the app: without Azure Monitor, stdout still reaches the
      // platform's log stream (bootstrap.ts has already said why it failed).
    }
  }
  return createLogger(sink, { level });
}
