import { fromConsoleArgs, redactText, safeFields, type SafeFields } from './redact';

/**
 * Koers's structured logger: a fixed message chosen by the code plus safe fields (redact.ts).
 * Locally it writes JSON lines (one object per line: level, time, message, fields) to stdout; in
 * Azure the same calls become OpenTelemetry log records (azure.ts). Both pass through the same
 * redaction, so what a test sees locally is what Azure would receive.
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(message: string, fields?: SafeFields): void;
  info(message: string, fields?: SafeFields): void;
  warn(message: string, fields?: SafeFields): void;
  error(message: string, fields?: SafeFields): void;
  /** A logger that adds these fields to every line (e.g. the component). */
  child(fields: SafeFields): Logger;
}

export interface LogRecord {
  level: LogLevel;
  time: string;
  message: string;
  [field: string]: string | number | boolean;
}

export type LogSink = (record: LogRecord) => void;

export function parseLogLevel(value: string | undefined, fallback: LogLevel = 'info'): LogLevel {
  const v = value?.trim().toLowerCase();
  return v === 'debug' || v === 'info' || v === 'warn' || v === 'error' ? v : fallback;
}

export function createLogger(sink: LogSink, options: { level?: LogLevel; now?: () => Date; fields?: SafeFields } = {}): Logger {
  const threshold = LEVELS[options.level ?? 'info'];
  const now = options.now ?? (() => new Date());
  const base = options.fields ?? {};
  const write = (level: LogLevel, message: string, fields: SafeFields = {}) => {
    if (LEVELS[level] < threshold) return;
    sink({ ...safeFields({ ...base, ...fields }), level, time: now().toISOString(), message: redactText(message) });
  };
  return {
    debug: (message, fields) => write('debug', message, fields),
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
    child: (fields) => createLogger(sink, { ...options, fields: { ...base, ...fields } }),
  };
}

/** JSON lines on a stream (stdout by default): what `npm start` prints. */
export function jsonLinesSink(write: (line: string) => void = (line) => process.stdout.write(line)): LogSink {
  return (record) => write(`${JSON.stringify(record)}\n`);
}

/**
 * For code that logs console-style (`warn(...args)`, `error(...args)`): the composition root's
 * AppLogger and the local host's HostLogger take this shape.
 */
export function consoleStyle(logger: Logger): { warn(...args: unknown[]): void; error(...args: unknown[]): void; info(...args: unknown[]): void } {
  const at = (level: 'info' | 'warn' | 'error') => (...args: unknown[]) => {
    const { message, fields } = fromConsoleArgs(args);
    logger[level](message, fields);
  };
  return { info: at('info'), warn: at('warn'), error: at('error') };
}

/**
 * The Functions log levels (`context.log`, `context.error`, the local host's own lines) on ours.
 * trace and none are dropped; critical is an error.
 */
export function hostLogger(logger: Logger): (level: string, ...args: unknown[]) => void {
  return (level, ...args) => {
    const ours: LogLevel | undefined =
      level === 'error' || level === 'critical' ? 'error' : level === 'warning' ? 'warn' : level === 'information' ? 'info' : level === 'debug' ? 'debug' : undefined;
    if (!ours) return;
    const { message, fields } = fromConsoleArgs(args);
    logger[ours](message, fields);
  };
}
