import type { InvocationContext } from '@azure/functions';
import { fromConsoleArgs, safeFields } from './redact';

/**
 * In Azure, `context.log/warn/error` goes to the Functions host, which exports it itself: it never
 * passes the redacting processors of this process. So the handlers get a context whose log
 * methods hand the host one redacted line (message plus safe fields as JSON), made the same way as
 * the local logger's (redact.ts): an Error becomes name, message and frames; other objects are not
 * printed. Everything else about the context is the runtime's own.
 */
const LOG_METHODS = ['log', 'trace', 'debug', 'info', 'warn', 'error'] as const;

export function redactingContext(context: InvocationContext): InvocationContext {
  const safe = Object.create(context) as InvocationContext;
  for (const method of LOG_METHODS) {
    const original = context[method].bind(context);
    safe[method] = (...args: unknown[]) => {
      const { message, fields: raw } = fromConsoleArgs(args);
      const fields = safeFields(raw);
      original(...(Object.keys(fields).length > 0 ? [message, JSON.stringify(fields)] : [message]));
    };
  }
  return safe;
}
