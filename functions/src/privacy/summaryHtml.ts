import { PREP_QUESTIONS, type EmployeeRemark, type PersonalDataExport } from '@koers/domain';
import { createTranslator, toLocale, type MessageKey, type Translate } from '@koers/texts';

/**
 * "Mijn gegevens" as a page a person can read and print: the main facts of each section in their
 * language, and under each the section exactly as stored. Everything that came from a person is
 * escaped; the page has no scripts and loads nothing.
 */

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export interface SummaryOptions {
  /** Display names of the people the data mentions, by id. */
  names: Readonly<Record<string, string>>;
}

export function renderPersonalDataSummary(data: PersonalDataExport, { names }: SummaryOptions): string {
  const locale = toLocale(data.person.locale);
  const t: Translate = createTranslator(locale);
  const zone = data.person.timeZone;
  const date = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: zone }).format(new Date(iso));
  const time = (iso: string) => new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: zone }).format(new Date(iso));
  const nameOf = (id: string) => names[id] ?? t('privacy.formerColleague');
  const text = (key: MessageKey, values?: Record<string, string | number>) => escapeHtml(t(key, values));

  const list = (items: string[]) => (items.length === 0 ? `<p>${text('privacy.summary.none')}</p>` : `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`);
  const stored = (value: unknown) => `<details><summary>${text('privacy.summary.details')}</summary><pre>${escapeHtml(JSON.stringify(value, null, 2))}</pre></details>`;
  const section = (key: MessageKey, body: string, value: unknown) => `<section><h2>${text(key)}</h2>${body}${stored(value)}</section>`;

  const conversationDate = new Map(data.conversations.map((c) => [c.id, c.start ?? c.createdAt]));
  const person = data.person;
  const about = `<dl>${[
    ['privacy.summary.name', person.displayName],
    ['privacy.summary.email', person.email],
    ['privacy.summary.jobTitle', person.jobTitle],
    ['privacy.summary.language', person.locale],
  ]
    .flatMap(([key, value]) => (value ? [`<dt>${text(key as MessageKey)}</dt><dd>${escapeHtml(value)}</dd>`] : []))
    .join('')}</dl>`;

  // The employee's own view of a conversation or agreed plan, in full: it is their text.
  const remark = (r: EmployeeRemark | undefined) => {
    if (!r) return '';
    const changed = r.changedAt ? ` (${text('remark.changedOn', { date: date(r.changedAt) })})` : '';
    return `<blockquote><strong>${text('remark.line', { name: nameOf(r.by), date: date(r.at) })}${changed}:</strong> ${escapeHtml(r.text)}</blockquote>`;
  };

  const conversations = list(
    data.conversations.map((c) => {
      const other = c.employeeId === person.id ? c.managerId : c.employeeId;
      const line = t('privacy.summary.conversation', {
        kind: t(`privacy.summary.kind.${c.kind}` as MessageKey),
        with: nameOf(other),
        status: t(`privacy.summary.status.${c.status}` as MessageKey),
      });
      return `${escapeHtml(line)} ${text('privacy.summary.when', { date: date(c.start ?? c.createdAt) })}${remark(c.remark)}`;
    }),
  );

  const language = locale === 'en-GB' ? 'en' : 'nl';
  const preparations =
    data.preparations.length === 0
      ? `<p>${text('privacy.summary.none')}</p>`
      : data.preparations
          .map((p) => {
            const at = conversationDate.get(p.conversationId);
            const rows = p.answers
              .map((a) => {
                const question = PREP_QUESTIONS.find((q) => q.id === a.questionId)?.text[language] ?? a.questionId;
                const shared = p.role === 'employee' ? ` <small>(${text(a.shared ? 'privacy.summary.sharedYes' : 'privacy.summary.sharedNo')})</small>` : '';
                return `<dt>${escapeHtml(question)}</dt><dd>${escapeHtml(a.text)}${shared}</dd>`;
              })
              .join('');
            const self = p.selfAssessment
              ? `<p>${text('privacy.summary.selfAssessment', { count: p.selfAssessment.ratings.length })} <small>(${text(p.selfAssessment.shared ? 'privacy.summary.sharedYes' : 'privacy.summary.sharedNo')})</small></p>`
              : '';
            return `<h3>${at ? text('privacy.summary.when', { date: date(at) }) : escapeHtml(p.conversationId)}</h3><dl>${rows}</dl>${self}`;
          })
          .join('');

  const canvases = list(
    data.canvases.map((c) => {
      const cards = Object.keys((c.state as { cards?: Record<string, unknown> }).cards ?? {}).length;
      return text('privacy.summary.canvasCards', { count: cards, date: date(conversationDate.get(c.id) ?? c.createdAt) });
    }),
  );

  const pops = list(
    data.pops.flatMap((p) =>
      p.versions.map((v) => {
        const goals = v.goals.map((g) => `<li>${escapeHtml(g.title)}</li>`).join('');
        const onVersion = remark(p.remarks?.find((r) => r.version === v.number));
        return `${text('privacy.summary.popVersion', { version: v.number, goals: v.goals.length })} ${text('privacy.summary.when', { date: date(v.createdAt) })}${goals ? `<ul>${goals}</ul>` : ''}${onVersion}`;
      }),
    ),
  );

  const portfolio = list(
    data.portfolio.entries.map((e) => `${text(`portfolio.kind.${e.content.kind}` as MessageKey)}: ${escapeHtml(e.content.title)}`),
  );

  const reminders = list(data.reminders.map((r) => text('privacy.summary.reminder', { kind: r.kind, date: `${date(r.dueAt)} ${time(r.dueAt)}`, state: r.state })));
  const bundles = list(data.dispatch.bundles.map((b) => text('privacy.summary.bundle', { date: date(`${b.day}T12:00:00Z`), count: b.reminderIds.length })));
  const chat = data.chatAddress ? `<p>${text('privacy.summary.chatAddressKnown', { date: date(data.chatAddress.updatedAt) })}</p>` : `<p>${text('privacy.summary.none')}</p>`;
  const accessLog = list(
    data.accessLog.map(
      (e) =>
        `${text('privacy.accessLine', { name: nameOf(e.readerId), capacity: t('privacy.capacity', { capacity: e.capacity }), what: t('privacy.what', { what: e.what }) })} ${text('privacy.summary.when', { date: `${date(e.at)} ${time(e.at)}` })}`,
    ),
  );

  const exemptions = list(
    data.roundExemptions.map((e) =>
      text('privacy.summary.roundExemption', { round: e.roundId, reason: t(`rounds.exemption.${e.reason}`), date: date(e.setAt) }),
    ),
  );

  const progress = list(
    data.roundProgress.map((p) => text('privacy.summary.roundProgressLine', { round: p.roundId, status: t(`progress.status.${p.status}`) })),
  );

  const changes = list(
    data.changes.map((c) => text('changeLog.summaryLine', { kind: t(`changeLog.kind.${c.kind}` as MessageKey), date: `${date(c.at)} ${time(c.at)}` })),
  );
  const talent = data.talentPool
    ? `${list(data.talentPool.interests.map((i) => text('privacy.summary.talentInterest', { wish: i.wish, functionId: i.functionId })))}<p>${text(data.talentPool.showName ? 'privacy.summary.talentNamed' : 'privacy.summary.talentAnonymous')}</p>`
    : `<p>${text('privacy.summary.none')}</p>`;

  const body = [
    section('privacy.summary.person', about, { person: data.person, roles: data.roles }),
    section('privacy.summary.conversations', conversations, data.conversations),
    section('privacy.summary.preparations', preparations, data.preparations),
    section('privacy.summary.canvases', canvases, data.canvases),
    section('privacy.summary.pops', pops, data.pops),
    section('privacy.summary.portfolio', portfolio, data.portfolio),
    section('privacy.summary.reminders', reminders, data.reminders),
    section('privacy.summary.dispatch', bundles, data.dispatch),
    section('privacy.summary.chatAddress', chat, data.chatAddress ?? null),
    section('privacy.summary.accessLog', accessLog, data.accessLog),
    section('privacy.summary.roundExemptions', exemptions, data.roundExemptions),
    section('privacy.summary.roundProgress', progress, data.roundProgress),
    section('changeLog.summaryTitle', changes, data.changes),
    section('privacy.summary.talentPool', talent, data.talentPool ?? null),
    section(
      'privacy.summary.functionAssignment',
      data.functionAssignment
        ? `<p>${text('privacy.summary.functionAssignmentLine', { functionId: data.functionAssignment.functionId, date: date(data.functionAssignment.setAt) })}</p>`
        : `<p>${text('privacy.summary.none')}</p>`,
      data.functionAssignment ?? null,
    ),
    section(
      'privacy.summary.trainingRights',
      list(
        data.trainingRights.map((r) =>
          text('privacy.summary.trainingRightLine', { year: String(r.year), used: r.usedDays, right: r.rightDays, date: date(r.setAt) }),
        ),
      ),
      data.trainingRights,
    ),
  ].join('\n');

  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text('privacy.summary.title')}</title>
<style>
body { font-family: 'Segoe UI', system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #242424; }
h1 { font-size: 1.75rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #d1d1d1; } h3 { font-size: 1rem; }
dt { font-weight: 600; margin-top: 0.5rem; } dd { margin: 0 0 0.25rem 0; white-space: pre-wrap; }
details { margin-top: 0.5rem; } pre { background: #f5f5f5; padding: 0.5rem; overflow-x: auto; font-size: 0.8rem; white-space: pre-wrap; word-break: break-word; }
</style>
</head>
<body>
<h1>${text('privacy.summary.title')}</h1>
<p>${text('privacy.summary.generated', { name: person.displayName, date: date(data.generatedAt), time: time(data.generatedAt) })}</p>
<p>${text('privacy.summary.jsonNote')}</p>
${body}
</body>
</html>
`;
}
