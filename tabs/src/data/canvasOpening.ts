import type { CanvasView, PreparationResponse, TemplateRef, TemplateVersionResponse } from '@koers/domain';
import type { AuthorizedCall } from '../api/authorizedApi';
import { canvasOpeningApi } from '../api/canvasOpeningApi';
import type { TeamsHost } from '../host/host';
import { canvasIdFromHash } from '../routes';
import { apiOver } from './apiContext';

/** Which canvas a page asks for: by its conversation, by the Teams meeting the tab sits in, or none yet. */
export type CanvasTarget = { conversationId: string } | { meetingId: string } | undefined;

/** The canvas in the link (#/canvas/{id}), else the one of the Teams meeting the tab sits in. */
export function canvasTarget(conversationId: string | undefined, teams: TeamsHost | undefined): CanvasTarget {
  const meetingId = teams?.chatId ?? teams?.meetingId;
  return conversationId ? { conversationId } : meetingId ? { meetingId } : undefined;
}

/**
 * The Koerskaart's reads before its first paint. Started by `start` as the tab opens on a canvas,
 * they go out alongside /me and the page's code rather than after them (each is a round trip, and
 * a CORS preflight, on a slow line); the page takes each answer once, when it first asks, and
 * anything it asks later is read fresh. For a meeting the preparation follows the canvas' answer
 * at once, not the board's first render; the template's prompts come in that answer.
 */
export interface CanvasOpening {
  start(target: NonNullable<CanvasTarget>): void;
  open(target: NonNullable<CanvasTarget>, signal?: AbortSignal): Promise<CanvasView>;
  preparation(conversationId: string, signal?: AbortSignal): Promise<PreparationResponse>;
  template(ref: TemplateRef, signal?: AbortSignal): Promise<TemplateVersionResponse>;
}

const openKey = (target: NonNullable<CanvasTarget>) => ('conversationId' in target ? `open c ${target.conversationId}` : `open m ${target.meetingId}`);
const preparationKey = (conversationId: string) => `preparation ${conversationId}`;
const templateKey = (ref: TemplateRef) => `template ${ref.templateId} ${ref.version}`;

/** Made once per signed-in caller (`apiOver`/`useApi`): what `start` began is there for the page. */
export function canvasOpening(call: AuthorizedCall): CanvasOpening {
  const api = canvasOpeningApi(call);
  const early = new Map<string, Promise<unknown>>();
  const keep = (key: string, read: Promise<unknown>) => {
    // Nobody may take it (the person goes elsewhere): its failure is then nobody's to report.
    read.catch(() => undefined);
    early.set(key, read);
  };
  const take = <T>(key: string, read: () => Promise<T>): Promise<T> => {
    const started = early.get(key) as Promise<T> | undefined;
    early.delete(key);
    return started ?? read();
  };

  return {
    start: (target) => {
      if (early.has(openKey(target))) return;
      const opened = api.open(target);
      keep(openKey(target), opened);
      if ('conversationId' in target) keep(preparationKey(target.conversationId), api.preparation(target.conversationId));
      void opened.then(
        (view) => {
          // The answer carries the template's prompts; an API that does not is asked for them.
          const ref = view.conversation.template;
          if (ref && !view.conversation.sectionPrompts) keep(templateKey(ref), api.template(ref));
          if ('meetingId' in target) keep(preparationKey(view.canvas.id), api.preparation(view.canvas.id));
        },
        () => undefined,
      );
      // Answers for a page the person has left are not kept for a later visit.
      window.addEventListener('hashchange', () => early.clear(), { once: true });
    },
    open: (target, signal) => take(openKey(target), () => api.open(target, signal)),
    preparation: (conversationId, signal) => take(preparationKey(conversationId), () => api.preparation(conversationId, signal)),
    template: (ref, signal) => take(templateKey(ref), () => api.template(ref, signal)),
  };
}

/** As the signed-in tab opens on a Koerskaart (App.tsx): that canvas' reads start now, alongside /me. */
export function startCanvasOpeningOfAddress(call: AuthorizedCall, teams: TeamsHost | undefined): void {
  const target = canvasTarget(canvasIdFromHash(window.location.hash), teams);
  if (target) apiOver(call, canvasOpening).start(target);
}
