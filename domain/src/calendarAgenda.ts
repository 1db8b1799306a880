import { z } from 'zod';
import type { Language } from './i18n/messages';

/**
 * The invitation text of a career conversation: its three phases (exchange and inventory,
 * developing proposals, agreements) and the link to the shared Koerskaart. Pure; every inserted
 * value is escaped, so a name like `<b>Kim</b>` or `Jan & Piet` arrives as text, never as markup.
 */

/** A link Koers puts into an invitation: only http(s), so nothing else ends up in an href. */
export const HttpUrl = z
  .string()
  .max(2000)
  // Before url(): the WHATWG parser would quietly drop tabs and newlines; Koers refuses them.
  .refine((u) => !/\s/.test(u) && ![...u].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f), {
    message: 'geen spaties of stuurtekens',
  })
  .url()
  .refine((u) => /^https?:\/\//i.test(u), { message: 'alleen http(s)-adressen' });

export interface MeetingAgendaInput {
  /** The Koerskaart deep link (http or https only). */
  canvasUrl: string;
  employeeName: string;
  managerName: string;
}

interface AgendaTexts {
  intro(employee: string, manager: string): string;
  forwardLooking: string;
  heading: string;
  phases: readonly { title: string; text: string }[];
  canvas: string;
}

const TEXTS: Record<Language, AgendaTexts> = {
  nl: {
    intro: (employee, manager) => `Loopbaangesprek van ${employee} met ${manager}.`,
    forwardLooking:
      'Een loopbaangesprek kijkt vooruit: het gaat over wensen, talenten en ontwikkeling, niet over een beoordeling.',
    heading: 'Agenda',
    phases: [
      {
        title: 'Uitwisseling en inventarisatie',
        text: 'Beiden noemen hun wensen: over de eigen loopbaan en over de organisatie. Luisteren en doorvragen.',
      },
      {
        title: 'Voorstellen ontwikkelen',
        text: 'Welke mogelijkheden zien jullie, en welke niet? Verdiepen of verbreden, in de eigen functie of elders.',
      },
      {
        title: 'Afspraken',
        text: 'Wat, hoe, wanneer en waar; middelen, begeleiding, inzet en voortgangsgesprekken. Ze komen als SMART-doelen in het POP.',
      },
    ],
    canvas: 'Open tijdens het gesprek samen de Koerskaart:',
  },
  en: {
    intro: (employee, manager) => `Career conversation of ${employee} with ${manager}.`,
    forwardLooking: 'A career conversation looks ahead: it is about wishes, talents and development, not an appraisal.',
    heading: 'Agenda',
    phases: [
      {
        title: 'Exchange and inventory',
        text: 'Both name their wishes: for their own career and for the organisation. Listen and ask further.',
      },
      {
        title: 'Developing proposals',
        text: 'Which possibilities do you see, and which not? Deepen or broaden, in the current role or elsewhere.',
      },
      {
        title: 'Agreements',
        text: 'What, how, when and where; resources, support, effort and progress meetings. They become SMART goals in the POP.',
      },
    ],
    canvas: 'During the conversation, open the Koerskaart together:',
  },
};

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

function checked(input: MeetingAgendaInput): MeetingAgendaInput {
  const url = HttpUrl.safeParse(input.canvasUrl);
  if (!url.success) throw new RangeError('canvasUrl must be an http(s) URL');
  return { canvasUrl: url.data, employeeName: input.employeeName.trim(), managerName: input.managerName.trim() };
}

/** The invitation body as HTML (Graph event body, contentType HTML). */
export function meetingAgenda(language: Language, input: MeetingAgendaInput): string {
  const { canvasUrl, employeeName, managerName } = checked(input);
  const t = TEXTS[language];
  const url = escapeHtml(canvasUrl);
  return [
    `<div lang="${language}">`,
    `<p>${escapeHtml(t.intro(employeeName, managerName))}</p>`,
    `<p>${escapeHtml(t.forwardLooking)}</p>`,
    `<p><strong>${escapeHtml(t.heading)}</strong></p>`,
    '<ol>',
    ...t.phases.map((p) => `<li><strong>${escapeHtml(p.title)}</strong>: ${escapeHtml(p.text)}</li>`),
    '</ol>',
    `<p>${escapeHtml(t.canvas)} <a href="${url}">${url}</a></p>`,
    '</div>',
  ].join('\n');
}

/** The same agenda as plain text (the DESCRIPTION of an .ics invitation). */
export function meetingAgendaText(language: Language, input: MeetingAgendaInput): string {
  const { canvasUrl, employeeName, managerName } = checked(input);
  const t = TEXTS[language];
  return [
    t.intro(employeeName, managerName),
    t.forwardLooking,
    '',
    `${t.heading}:`,
    ...t.phases.map((p, i) => `${i + 1}. ${p.title}: ${p.text}`),
    '',
    `${t.canvas} ${canvasUrl}`,
  ].join('\n');
}
