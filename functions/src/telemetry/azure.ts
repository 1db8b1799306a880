import type { AzureMonitorOpenTelemetryOptions } from '@azure/monitor-opentelemetry';
import type { LogSink } from './logger';
import { RedactingLogRecordProcessor, RedactingSpanProcessor } from './processors';

/**
 * Azure mode: OpenTelemetry through Azure Monitor (Application Insights). Loaded only when
 * APPLICATIONINSIGHTS_CONNECTION_STRING is set, and through a dynamic import, so local mode and
 * the tests never load or initialise the SDK (it patches http on load).
 */

export interface AzureTelemetryEnv {
  APPLICATIONINSIGHTS_CONNECTION_STRING?: string;
  /** The user-assigned identity (set by infra/): Application Insights accepts Entra ID ingestion only. */
  AZURE_CLIENT_ID?: string;
}

/** The options Koers gives useAzureMonitor; a function of its own so a test can read them. */
export async function azureMonitorOptions(env: AzureTelemetryEnv): Promise<AzureMonitorOpenTelemetryOptions> {
  const { ManagedIdentityCredential } = await import('@azure/identity');
  const credential = env.AZURE_CLIENT_ID ? new ManagedIdentityCredential({ clientId: env.AZURE_CLIENT_ID }) : new ManagedIdentityCredential();
  return {
    azureMonitorExporterOptions: { connectionString: env.APPLICATIONINSIGHTS_CONNECTION_STRING, credential },
    spanProcessors: [new RedactingSpanProcessor()],
    logRecordProcessors: [new RedactingLogRecordProcessor()],
    instrumentationOptions: {
      http: { enabled: true },
      azureSdk: { enabled: true },
      // Only our own structured logs, never raw console output of libraries.
      bunyan: { enabled: false },
      winston: { enabled: false },
    },
    enableLiveMetrics: true,
  };
}

export async function startAzureMonitor(env: AzureTelemetryEnv): Promise<void> {
  // The options below are the whole configuration. Without this the SDK looks for an
  // applicationinsights.json beside its own package, a path that does not exist in the esbuild
  // bundle, and logs a failure on every start.
  process.env.APPLICATIONINSIGHTS_CONFIGURATION_CONTENT ??= '{}';
  const { useAzureMonitor } = await import('@azure/monitor-opentelemetry');
  useAzureMonitor(await azureMonitorOptions(env));
}

/** A sink that turns Koers's log records into OpenTelemetry log records (exported by Azure Monitor). */
export async function otelLogSink(): Promise<LogSink> {
  const { logs, SeverityNumber } = await import('@opentelemetry/api-logs');
  const logger = logs.getLogger('koers');
  const severity = { debug: SeverityNumber.DEBUG, info: SeverityNumber.INFO, warn: SeverityNumber.WARN, error: SeverityNumber.ERROR } as const;
  return ({ level, time, message, ...fields }) => {
    logger.emit({ severityNumber: severity[level], severityText: level.toUpperCase(), body: message, attributes: fields, timestamp: new Date(time) });
  };
}
