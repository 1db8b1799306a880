import type { Language, Translate } from '../i18n/locale';
import { ApiError } from './errors';

/** The sentence to show for a failure, in the UI language; the API's own message when it sent one. */
export function describeError(error: unknown, language: Language, t: Translate): string {
  if (!(error instanceof ApiError)) return t('error.unknown');
  const { failure } = error;
  switch (failure.kind) {
    case 'problem':
      return failure.problem.messages[language] || failure.problem.detail;
    case 'http':
      return t('error.http', { status: failure.status });
    case 'network':
      return t('error.network');
    case 'invalid-response':
      return t('error.invalidResponse');
    case 'signed-out':
      return t('auth.teamsSignedOut');
  }
}
