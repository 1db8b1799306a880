import * as Y from 'yjs';
import { KoerskaartError } from './errors';
import { fieldsOf, type CardKind, type FieldName } from './sections';

/**
 * The text of a card: one Yjs document per card, one Y.Text per field of its kind. Two people
 * typing in one field both keep their characters (Yjs' sequence CRDT), so there is no conflict to
 * resolve. The server keeps the document as a base64 update, checks every client update before it
 * touches the stored one, and is the only writer under SERVER_CLIENT_ID.
 */

/** The server's own Yjs client id (migration, seeding, compaction); no client may write under it. */
export const SERVER_CLIENT_ID = 1;
/** What a person may type into one field (the tab's limit). */
export const MAX_TEXT_LENGTH = 4000;
/**
 * What the server stores per field. Above MAX_TEXT_LENGTH because two people typing at once can
 * each stay under the limit and still add up to more; only a forged update gets beyond this.
 */
export const MAX_FIELD_LENGTH = 2 * MAX_TEXT_LENGTH;
/** One update as sent (base64); a long offline stretch of typing stays far below. */
export const MAX_UPDATE_CHARS = 256 * 1024;
/**
 * History kept per card before the server compacts it: every page session that typed in a card
 * adds one entry to its state vector, and deleted stretches leave small markers.
 */
export const MAX_DOC_CLIENTS = 64;
const COMPACT_OVERHEAD_BYTES = 16 * 1024;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * A card's text document, as stored (undefined: no text yet), writing as `clientId` from here on.
 * The id is set after loading: Yjs takes its own id found in a received update for a clash.
 */
export function loadTextDoc(text: string | undefined, clientId = SERVER_CLIENT_ID): Y.Doc {
  const doc = new Y.Doc({ gc: true });
  if (text !== undefined) Y.applyUpdate(doc, fromBase64(text));
  doc.clientID = clientId;
  return doc;
}

export function encodeTextDoc(doc: Y.Doc): string {
  return toBase64(Y.encodeStateAsUpdate(doc));
}

export function fieldTexts(doc: Y.Doc, kind: CardKind): Record<FieldName, string> {
  const texts = {} as Record<FieldName, string>;
  for (const field of fieldsOf(kind)) texts[field] = doc.getText(field).toJSON();
  return texts;
}

/** The fields' current texts of a stored card (an empty string for a field nobody wrote). */
export function cardTexts(card: { kind: CardKind; text?: string }): Record<FieldName, string> {
  return fieldTexts(loadTextDoc(card.text), card.kind);
}

/** A new document holding these texts, written by the server (migration, seeding, compaction). */
export function seedTextDoc(texts: Partial<Record<FieldName, string>>): string | undefined {
  const entries = Object.entries(texts).filter(([, value]) => value !== undefined && value !== '') as [FieldName, string][];
  if (entries.length === 0) return undefined;
  const doc = loadTextDoc(undefined);
  doc.transact(() => {
    for (const [field, value] of entries) doc.getText(field).insert(0, value.slice(0, MAX_FIELD_LENGTH));
  });
  return encodeTextDoc(doc);
}

/**
 * Refuses what a plain Y.Text of this card cannot contain: structure (maps, embeds, formatting,
 * nested types), fields the card's kind does not have, writes under the server's id. Nothing of
 * the update is applied before this passes.
 */
export function checkTextUpdate(kind: CardKind, update: Uint8Array, cardId: string): void {
  let structs: ReturnType<typeof Y.decodeUpdate>['structs'];
  try {
    structs = Y.decodeUpdate(update).structs;
  } catch {
    throw new KoerskaartError('invalid-update', cardId);
  }
  const fields: readonly string[] = fieldsOf(kind);
  for (const struct of structs) {
    if (struct.id.client === SERVER_CLIENT_ID) throw new KoerskaartError('invalid-update', cardId);
    if (!(struct instanceof Y.Item)) continue; // GC and Skip: lengths of deleted or absent text
    if (!(struct.content instanceof Y.ContentString) && !(struct.content instanceof Y.ContentDeleted)) {
      throw new KoerskaartError('invalid-update', cardId);
    }
    if (struct.parentSub !== null) throw new KoerskaartError('invalid-update', cardId);
    const parent: unknown = struct.parent;
    if (parent !== null && (typeof parent !== 'string' || !fields.includes(parent))) {
      throw new KoerskaartError(typeof parent === 'string' ? 'field-not-on-card' : 'invalid-update', cardId);
    }
  }
}

export interface TextChange {
  /** The stored document after the update. */
  text: string;
  /** What the update added to the stored document (for the broadcast); undefined: nothing new. */
  diff?: string;
  /** Whether the document now carries more history than its text needs (see MAX_DOC_CLIENTS). */
  needsCompaction: boolean;
}

/**
 * Applies a client's update (checked with checkTextUpdate) to a card's stored document. An update
 * that needs text the server does not have (forged, or made on a compacted document) is refused
 * rather than parked: the stored document never holds what it cannot show.
 */
export function applyTextUpdate(card: { id: string; kind: CardKind; text?: string }, update: Uint8Array): TextChange {
  checkTextUpdate(card.kind, update, card.id);
  const doc = loadTextDoc(card.text);
  const before = Y.encodeStateVector(doc);
  const stored = card.text ?? encodeTextDoc(doc);
  try {
    Y.applyUpdate(doc, update);
  } catch {
    throw new KoerskaartError('invalid-update', card.id);
  }
  if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) throw new KoerskaartError('update-needs-resync', card.id);
  const fields: readonly string[] = fieldsOf(card.kind);
  for (const name of doc.share.keys()) {
    if (!fields.includes(name)) throw new KoerskaartError('field-not-on-card', card.id);
    if (doc.getText(name).length > MAX_FIELD_LENGTH) throw new KoerskaartError('text-too-long', card.id);
  }
  const text = encodeTextDoc(doc);
  if (text === stored) return { text: stored, needsCompaction: false };
  return { text, diff: toBase64(Y.encodeStateAsUpdate(doc, before)), needsCompaction: carriesHistory(doc, card.kind, text) };
}

function carriesHistory(doc: Y.Doc, kind: CardKind, encoded: string): boolean {
  if (doc.store.clients.size > MAX_DOC_CLIENTS) return true;
  const textBytes = fieldsOf(kind).reduce((sum, field) => sum + new TextEncoder().encode(doc.getText(field).toJSON()).length, 0);
  return (encoded.length * 3) / 4 > 2 * textBytes + COMPACT_OVERHEAD_BYTES;
}

/** The same texts in a fresh document without history: every client resyncs from it. */
export function compactText(card: { kind: CardKind; text?: string }): string | undefined {
  return card.text === undefined ? undefined : seedTextDoc(cardTexts(card));
}

/** Several updates of one document as one (base64 in, base64 out). */
export function mergeTextUpdates(updates: readonly string[]): string {
  return toBase64(Y.mergeUpdates(updates.map(fromBase64)));
}

/**
 * Makes `text` read `next` by replacing the one stretch that differs (the longest common start and
 * end stay): what one keystroke, a cut or a paste in a text field does. Characters outside the
 * stretch keep their identity, so someone else's typing around them merges in place.
 */
export function replaceText(text: Y.Text, next: string): void {
  const current = text.toJSON();
  if (current === next) return;
  const limit = Math.min(current.length, next.length);
  let start = 0;
  while (start < limit && current.charCodeAt(start) === next.charCodeAt(start)) start++;
  let end = 0;
  while (end < limit - start && current.charCodeAt(current.length - 1 - end) === next.charCodeAt(next.length - 1 - end)) end++;
  text.doc?.transact(() => {
    if (current.length - end > start) text.delete(start, current.length - end - start);
    if (next.length - end > start) text.insert(start, next.slice(start, next.length - end));
  });
}

/** What `change` does to `doc`, as a base64 update (undefined: it changed nothing). */
export function captureUpdate(doc: Y.Doc, change: () => void): string | undefined {
  const before = Y.encodeStateVector(doc);
  const deletedBefore = Y.encodeStateAsUpdate(doc, Y.encodeStateVector(doc));
  change();
  const update = Y.encodeStateAsUpdate(doc, before);
  return update.length === deletedBefore.length && update.every((b, i) => b === deletedBefore[i]) ? undefined : toBase64(update);
}

/** Takes in updates from elsewhere (the server's broadcast or stored document). */
export function applyTextUpdates(doc: Y.Doc, updates: readonly string[], origin: unknown = 'remote'): void {
  doc.transact(() => {
    for (const update of updates) Y.applyUpdate(doc, fromBase64(update), origin);
  }, origin);
}
