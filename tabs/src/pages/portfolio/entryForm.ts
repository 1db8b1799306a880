import type { EntryContentInput, EntryKind, OwnItem, Visibility } from '@koers/domain';
import { EntryContent, isPointInTime } from '@koers/domain';
import type { MessageKey } from '../../i18n/locale';

/**
 * The add/edit dialog's model: every field as the text the input holds, turned into the API's
 * content by the domain's own schema, so the tab checks exactly what the server will check and
 * only the wording (the tab's catalogue) is its own.
 */
export interface EntryDraft {
  kind: EntryKind;
  title: string;
  from: string;
  to: string;
  organisation: string;
  description: string;
  issuer: string;
  expiresOn: string;
  link: string;
  visibility: Visibility;
}

export type DraftField = Exclude<keyof EntryDraft, 'visibility'>;

export function emptyDraft(today: string): EntryDraft {
  return { kind: 'opleiding', title: '', from: today, to: '', organisation: '', description: '', issuer: '', expiresOn: '', link: '', visibility: 'prive' };
}

export function draftFrom(item: OwnItem): EntryDraft {
  const c = item.content;
  return {
    kind: c.kind,
    title: c.title,
    from: c.period.from,
    to: c.period.to ?? '',
    organisation: c.organisation,
    description: c.description,
    issuer: c.issuer ?? '',
    expiresOn: c.expiresOn ?? '',
    link: c.link ?? '',
    visibility: item.visibility,
  };
}

const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());

/**
 * What the API gets: empty optional fields left out, an end date only for what spans a period, a
 * certificate's fields only for a certificate (the dialog hides the others, and keeps what was typed
 * in case the kind is switched back).
 */
export function contentOf(draft: EntryDraft): EntryContentInput {
  const certificate = draft.kind === 'certificaat';
  const to = isPointInTime(draft.kind) ? undefined : optional(draft.to);
  return {
    kind: draft.kind,
    title: draft.title,
    period: { from: draft.from, ...(to ? { to } : {}) },
    organisation: draft.organisation,
    description: draft.description,
    ...(certificate && optional(draft.issuer) ? { issuer: draft.issuer.trim() } : {}),
    ...(certificate && optional(draft.expiresOn) ? { expiresOn: draft.expiresOn.trim() } : {}),
    ...(optional(draft.link) ? { link: draft.link.trim() } : {}),
  };
}

const FIELD_OF_PATH: Record<string, DraftField> = {
  title: 'title',
  'period.from': 'from',
  'period.to': 'to',
  organisation: 'organisation',
  description: 'description',
  issuer: 'issuer',
  expiresOn: 'expiresOn',
  link: 'link',
};

const MESSAGE_OF_FIELD: Partial<Record<DraftField, MessageKey>> = {
  title: 'portfolio.error.title',
  from: 'portfolio.error.from',
  to: 'portfolio.error.to',
  issuer: 'portfolio.error.issuer',
  expiresOn: 'portfolio.error.expiresOn',
  link: 'portfolio.error.link',
};

export type DraftErrors = Partial<Record<DraftField, MessageKey>>;

/** Per field, the sentence to show (as a catalogue key); empty when the draft can be saved. */
export function validate(draft: EntryDraft): DraftErrors {
  const result = EntryContent.safeParse(contentOf(draft));
  if (result.success) return {};
  const errors: DraftErrors = {};
  for (const issue of result.error.issues) {
    const field = FIELD_OF_PATH[issue.path.join('.')] ?? 'title';
    errors[field] ??= MESSAGE_OF_FIELD[field] ?? 'portfolio.error.other';
  }
  return errors;
}

/** The server's field errors (a 400 problem's `errors`) on the same fields. */
export function serverErrors(paths: readonly string[]): DraftErrors {
  const errors: DraftErrors = {};
  for (const path of paths) {
    const field = FIELD_OF_PATH[path];
    if (field) errors[field] ??= MESSAGE_OF_FIELD[field] ?? 'portfolio.error.other';
  }
  return errors;
}

export function isDirty(base: EntryDraft, draft: EntryDraft): boolean {
  return (Object.keys(base) as (keyof EntryDraft)[]).some((key) => base[key].trim() !== draft[key].trim());
}
