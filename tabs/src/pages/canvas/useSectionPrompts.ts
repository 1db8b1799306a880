import { localizedText, type CanvasView, type koerskaart, type Locale } from '@koers/domain';
import { startTransition, useEffect, useMemo, useState } from 'react';
import type { CanvasOpening } from '../../data/canvasOpening';

type Prompts = Partial<Record<koerskaart.SectionId, string>>;
const NONE: Prompts = {};

/**
 * The section prompts of the template the conversation pinned, in the reader's language; a section
 * the template leaves alone keeps the board's own prompt. The canvas' answer carries them; from an
 * API that did not send them the version is read (once: a version never changes), and while it
 * loads, or if it cannot be read, the board's own prompts show.
 */
export function useSectionPrompts(opening: CanvasOpening, conversation: CanvasView['conversation'], locale: Locale): Prompts {
  const carried = conversation.sectionPrompts;
  const [read, setRead] = useState<Awaited<ReturnType<CanvasOpening['template']>>['sectionPrompts']>();
  const prompts = carried ?? read;
  const templateId = carried ? undefined : conversation.template?.templateId;
  const version = conversation.template?.version;
  useEffect(() => {
    if (!templateId || !version) return;
    const controller = new AbortController();
    opening.template({ templateId, version }, controller.signal).then(
      (loaded) => {
        // A transition: every section renders again, in slices that leave typing free.
        if (!controller.signal.aborted) startTransition(() => setRead(loaded.sectionPrompts));
      },
      () => undefined,
    );
    return () => controller.abort();
  }, [opening, templateId, version]);
  return useMemo(() => {
    if (!prompts) return NONE;
    const shown: Prompts = {};
    for (const [section, text] of Object.entries(prompts) as [koerskaart.SectionId, Parameters<typeof localizedText>[0] | undefined][]) {
      if (text) shown[section] = localizedText(text, locale);
    }
    return shown;
  }, [prompts, locale]);
}
