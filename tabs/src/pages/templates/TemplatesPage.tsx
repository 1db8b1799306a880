import type { MeResponse } from '@koers/contracts';
import { hasRole, localizedText, prepQuestionsFor, type TemplateRef, type TemplateSummary, type TemplateVersionResponse } from '@koers/domain';
import { Badge, Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useId, useRef, useState } from 'react';
import { describeError } from '../../api/describeError';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { useTemplateChanges, useTemplates, useTemplateVersion } from '../../data/templates';
import { useI18n } from '../../i18n/I18nContext';
import { TemplateEditor } from './TemplateEditor';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  rows: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column' },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  rowText: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  copyForm: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  history: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  historyRow: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  hint: { color: tokens.colorNeutralForeground2 },
});

type Notice = { kind: 'copied' | 'used'; name: string } | { kind: 'published'; version: number } | { kind: 'failed'; error: unknown };

function TemplateRow({ template, onOpen, onCopy, onUse, busy }: { template: TemplateSummary; onOpen: () => void; onCopy: () => void; onUse: () => void; busy: boolean }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <li className={styles.row} data-testid="template-row" data-template-id={template.templateId}>
      <div className={styles.rowText}>
        <Text weight="semibold">{template.name}</Text>
        <Text>{t('templates.versionNumber', { version: template.latestVersion })}</Text>
        <div className={styles.badges}>
          {template.builtIn && <Badge appearance="outline">{t('templates.builtIn')}</Badge>}
          {template.inUse && (
            <Badge appearance="filled" color="success" data-testid="template-in-use">
              {t('templates.inUse')}
            </Badge>
          )}
        </div>
      </div>
      <div className={styles.actions}>
          <Button size="small" onClick={onOpen} aria-label={t('templates.openNamed', { name: template.name })} data-testid="template-open">
            {t('templates.open')}
          </Button>
          <Button size="small" onClick={onCopy} aria-label={t('templates.copyNamed', { name: template.name })} data-testid="template-copy">
            {t('templates.copy')}
          </Button>
          {!template.inUse && (
            <Button size="small" disabled={busy} onClick={onUse} aria-label={t('templates.useNamed', { name: template.name })} data-testid="template-use">
              {t('templates.use')}
            </Button>
          )}
      </div>
    </li>
  );
}

function VersionView({ version, latest, timeZone, onView, onEdit }: { version: TemplateVersionResponse; latest: number; timeZone: string; onView: (n: number) => void; onEdit: () => void }) {
  const { t, locale, formatDateTime } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const when = (at: string) => formatDateTime(at, timeZone, { dateStyle: 'long', timeStyle: 'short' });
  const roles = [
    { role: 'employee' as const, title: t('templates.forEmployee') },
    { role: 'manager' as const, title: t('templates.forManager') },
  ];
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="template-version" data-version={version.version}>
      <Text as="h2" size={500} weight="semibold" id={headingId}>
        {version.name} · {t('templates.versionNumber', { version: version.version })}
      </Text>
      {version.builtIn ? (
        <Text as="p">{t('templates.builtInReadOnly')}</Text>
      ) : version.version === latest ? (
        <div>
          <Button appearance="primary" onClick={onEdit} data-testid="template-edit">
            {t('templates.edit')}
          </Button>
        </div>
      ) : (
        <Text as="p" className={styles.hint}>
          {t('templates.editOnlyLatest')}
        </Text>
      )}
      <Text as="h3" size={400} weight="semibold">
        {t('templates.historyTitle', { name: version.name })}
      </Text>
      <ul className={styles.history} data-testid="template-history">
        {version.history.map((entry) => (
          <li key={entry.version} className={styles.historyRow}>
            <Text weight={entry.version === version.version ? 'semibold' : 'regular'}>{t('templates.historyEntry', { version: entry.version })}</Text>
            <Text className={styles.hint}>
              {entry.createdAt
                ? entry.createdByName
                  ? t('templates.historyBy', { date: when(entry.createdAt), name: entry.createdByName })
                  : t('templates.historyAt', { date: when(entry.createdAt) })
                : t('templates.historyBuiltIn')}
            </Text>
            {entry.version === version.version ? (
              <Text className={styles.hint}>{t('templates.viewing', { version: entry.version })}</Text>
            ) : (
              <Button size="small" appearance="subtle" onClick={() => onView(entry.version)} data-testid="template-view-version">
                {t('templates.viewVersion', { version: entry.version })}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <Text as="h3" size={400} weight="semibold">
        {t('templates.questionsTitle')}
      </Text>
      {roles.map(({ role, title }) => (
        <div key={role}>
          <Text as="h4" weight="semibold" block>
            {title}
          </Text>
          <ol className={styles.list} data-testid={`template-questions-${role}`}>
            {prepQuestionsFor(role, version.questions).map((q) => (
              <li key={q.id}>{localizedText(q.text, locale)}</li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}

/** *Sjablonen* (Koers.HR): the organisation's conversation templates, their versions and the editor. */
export function TemplatesPage({ me }: { me: MeResponse }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const listHeadingId = useId();
  const templates = useTemplates();
  const { copy, use } = useTemplateChanges();
  const [chosen, setChosen] = useState<TemplateRef>();
  const [editing, setEditing] = useState(false);
  const [copying, setCopying] = useState<{ from: TemplateRef; name: string }>();
  const [notice, setNotice] = useState<Notice>();
  const detail = useRef<HTMLDivElement>(null);
  const inUse = templates.data?.inUse;
  const selected = chosen ?? inUse;
  const version = useTemplateVersion(selected);
  const isHr = hasRole(me.me, 'hr');

  if (!isHr) {
    return (
      <>
        <PageHeading>{t('route.templates')}</PageHeading>
        <MessageBar intent="info" data-testid="templates-hr-only">
          <MessageBarBody>{t('templates.hrOnly')}</MessageBarBody>
        </MessageBar>
      </>
    );
  }

  const open = (ref: TemplateRef) => {
    setChosen(ref);
    setEditing(false);
    detail.current?.focus();
  };

  const makeCopy = async () => {
    if (!copying || copy.isPending) return;
    setNotice(undefined);
    try {
      const made = await copy.mutateAsync({ from: copying.from, name: copying.name.trim() });
      setCopying(undefined);
      setNotice({ kind: 'copied', name: made.name });
      open({ templateId: made.templateId, version: made.version });
    } catch (error) {
      setNotice({ kind: 'failed', error });
    }
  };

  const putInUse = async (template: TemplateSummary) => {
    setNotice(undefined);
    try {
      await use.mutateAsync(template.templateId);
      setNotice({ kind: 'used', name: template.name });
    } catch (error) {
      setNotice({ kind: 'failed', error });
    }
  };

  const latestOf = (templateId: string) => templates.data?.templates.find((x) => x.templateId === templateId)?.latestVersion ?? 1;

  return (
    <div className={styles.page} data-testid="page-templates">
      <PageHeading>{t('route.templates')}</PageHeading>
      <Text as="p">{t('templates.intro')}</Text>
      <div aria-live="polite">
        {notice?.kind === 'copied' && (
          <MessageBar intent="success" data-testid="template-notice">
            <MessageBarBody>{t('templates.copied', { name: notice.name })}</MessageBarBody>
          </MessageBar>
        )}
        {notice?.kind === 'used' && (
          <MessageBar intent="success" data-testid="template-notice">
            <MessageBarBody>{t('templates.used', { name: notice.name })}</MessageBarBody>
          </MessageBar>
        )}
        {notice?.kind === 'published' && (
          <MessageBar intent="success" data-testid="template-notice">
            <MessageBarBody>{t('templates.published', { version: notice.version })}</MessageBarBody>
          </MessageBar>
        )}
        {notice?.kind === 'failed' && <ErrorState message={describeError(notice.error, language, t)} testId="template-error" />}
      </div>

      <section className={styles.section} aria-labelledby={listHeadingId}>
        <Text as="h2" size={500} weight="semibold" id={listHeadingId}>
          {t('templates.listTitle')}
        </Text>
        {templates.isPending && <LoadingState label={t('templates.loading')} />}
        {templates.isError && <ErrorState message={describeError(templates.error, language, t)} onRetry={() => void templates.refetch()} />}
        {templates.data && (
          <ul className={styles.rows} aria-labelledby={listHeadingId} data-testid="template-list">
                {templates.data.templates.map((template) => (
                  <TemplateRow
                    key={template.templateId}
                    template={template}
                    busy={use.isPending}
                    onOpen={() => open({ templateId: template.templateId, version: template.latestVersion })}
                    onCopy={() => setCopying({ from: { templateId: template.templateId, version: template.latestVersion }, name: t('templates.copyDefaultName', { name: template.name }) })}
                    onUse={() => void putInUse(template)}
                  />
                ))}
          </ul>
        )}
        {copying && (
          <form
            className={styles.copyForm}
            noValidate
            data-testid="template-copy-form"
            onSubmit={(event) => {
              event.preventDefault();
              void makeCopy();
            }}
          >
            <Field label={t('templates.copyName')} required>
              <Input value={copying.name} maxLength={80} autoFocus onChange={(_e, data) => setCopying({ ...copying, name: data.value })} data-testid="template-copy-name" />
            </Field>
            <Button appearance="primary" type="submit" disabledFocusable={copy.isPending || copying.name.trim() === ''} data-testid="template-copy-confirm">
              {t('templates.copyConfirm')}
            </Button>
            <Button onClick={() => setCopying(undefined)}>{t('templates.copyCancel')}</Button>
          </form>
        )}
      </section>

      <div ref={detail} tabIndex={-1}>
        {version.isError && <ErrorState message={describeError(version.error, language, t)} onRetry={() => void version.refetch()} />}
        {version.data &&
          (editing ? (
            <TemplateEditor
              key={`${version.data.templateId}@${version.data.version}`}
              version={version.data}
              onDone={(published) => {
                setEditing(false);
                if (published) {
                  setNotice({ kind: 'published', version: published.version });
                  setChosen({ templateId: published.templateId, version: published.version });
                }
                detail.current?.focus();
              }}
            />
          ) : (
            <VersionView
              version={version.data}
              latest={latestOf(version.data.templateId)}
              timeZone={me.me.timeZone}
              onView={(n) => open({ templateId: version.data.templateId, version: n })}
              onEdit={() => setEditing(true)}
            />
          ))}
      </div>
    </div>
  );
}
