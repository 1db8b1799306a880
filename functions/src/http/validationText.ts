import type { Translate } from '@koers/texts';
import type { z } from 'zod';

/**
 * zod's issues in the caller's language: passed to `safeParse` as its error map, so every issue
 * without a message of its own (from the schema) is worded by the catalogue.
 */
export function validationErrorMap(t: Translate): z.core.$ZodErrorMap {
  return (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        return issue.input === undefined ? t('validation.required') : t('validation.invalid-type', { expected: issue.expected });
      case 'too_small':
        return t('validation.too-small', { origin: issue.origin, minimum: Number(issue.minimum), inclusive: String(issue.inclusive ?? true) });
      case 'too_big':
        return t('validation.too-big', { origin: issue.origin, maximum: Number(issue.maximum), inclusive: String(issue.inclusive ?? true) });
      case 'invalid_format':
        return t('validation.invalid-format', { format: issue.format });
      case 'not_multiple_of':
        return t('validation.not-multiple-of', { divisor: Number(issue.divisor) });
      case 'unrecognized_keys':
        return t('validation.unrecognized-keys', { count: issue.keys.length, keys: issue.keys.join(', ') });
      case 'invalid_value':
        return t('validation.invalid-value', { values: issue.values.map((v) => String(v)).join(', ') });
      case 'invalid_union':
        return t('validation.invalid-union');
      default:
        return t('validation.invalid');
    }
  };
}
