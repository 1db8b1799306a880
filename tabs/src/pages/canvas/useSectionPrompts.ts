import { localizedText, type koerskaart, type Locale, type TemplateRef } from '@koers/domain';
import { startTransition, useEffect, useMemo, useState } from 'react';
import type { CanvasOpening } from '../../data/canvasOpening';

type Prompts = Partial<Record<koerskaart.SectionId, string>>;
const NONE: Prompts = {};

/**
 * The section prompts of the template the conversation pinned, in the reader's language; a section
 * the template leaves alone keeps the board's own prompt. A version never changes, so it is read
 * once; while it loads, or if it cannot be read, the board's own prompts show.
 */
export function useSectionPrompts(opening: CanvasOpening, ref: TemplateRef | undefined, locale: Locale): Prompts {
  const [prompts, setPrompts] = useState<Awaited<ReturnType<CanvasOpening['template']>>['sectionPrompts']>();
  const templateId = ref?.templateId;
  const version = ref?.version;
  useEffect(() => {
    if (!templateId || !version) return;
    const controller = new AbortController();
    opening.template({ templateId, version }, controller.signal).then(
      (loaded) => {
        // A transition: every section renders again, in slices that leave typing free.
        if (!controller.signal.aborted) startTransition(() => setPrompts(loaded.sectionPrompts));
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
