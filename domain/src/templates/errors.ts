export const TEMPLATE_PROBLEM_CODES = [
  'duplicate-question',
  'no-employee-question',
  'kernkwadrant-outside-competentie',
  'variant-not-on-board',
] as const;
export type TemplateProblemCode = (typeof TEMPLATE_PROBLEM_CODES)[number];

/** One reason a template cannot be stored, at the path of the field it is about. */
export interface TemplateProblem {
  path: string;
  code: TemplateProblemCode;
  detail?: string;
}

export type TemplateErrorCode = 'template-invalid' | 'template-read-only' | 'template-stale' | 'too-many-templates' | 'too-many-versions';

/** A template change Koers will not store, with every reason for it when the content is wrong. */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';
  constructor(
    readonly code: TemplateErrorCode,
    readonly problems: readonly TemplateProblem[] = [],
  ) {
    super(code);
  }
}
