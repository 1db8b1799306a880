import { koerskaart, variantsOfPhase, type TemplateVersionResponse } from '@koers/domain';
import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Select, Spinner, Text, Textarea, tokens } from '@fluentui/react-components';
import { useId, useRef, useState } from 'react';
import { ApiError } from '../../api/errors';
import { describeError } from '../../api/describeError';
import { useTemplateChanges } from '../../data/templates';
import { useReportUnsaved } from '../../hooks/unsavedChanges';
import { useI18n } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/locale';
import {
  addQuestion,
  changeQuestion,
  draftOf,
  isChanged,
  moveQuestion,
  newQuestionId,
  publishRequest,
  removeQuestion,
  type QuestionDraft,
  type TemplateDraft,
  type TextDraft,
} from './templateDraft';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    margin: 0,
    minWidth: 0,
  },
  legend: { padding: `0 ${tokens.spacingHorizontalXS}` },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  grow: { flex: '1 1 14rem', minWidth: 0 },
  // A long section title must not push the form past a phone's width.
  select: { width: '100%', minWidth: 0, '& select': { minWidth: 0, textOverflow: 'ellipsis' } },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  errors: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

type Outcome = { kind: 'failed'; error: unknown } | undefined;

/** The field errors of a refused publish, by the path the API named ("questions.2.text.en"). */
function fieldErrors(error: unknown): Map<string, string> {
  const errors = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
  return new Map(errors.map((e) => [e.path, e.message]));
}

/** Errors under a path and everything below it, for a field that holds a whole object. */
function errorAt(errors: Map<string, string>, path: string): string | undefined {
  return errors.get(path) ?? [...errors.entries()].find(([key]) => key.startsWith(`${path}.`))?.[1];
}

const LANGUAGE_LABEL = {
  text: { nl: 'templates.textNl', en: 'templates.textEn', 'nl-BE': 'templates.textNlBE' },
  hint: { nl: 'templates.hintNl', en: 'templates.hintEn', 'nl-BE': 'templates.hintNlBE' },
  prompt: { nl: 'templates.promptNl', en: 'templates.promptEn', 'nl-BE': 'templates.promptNlBE' },
} as const;

/** Which field an error path names, as its label reads ("Vraag 3 · Vraag in het Engels"). */
function fieldLabel(path: string, t: ReturnType<typeof useI18n>['t']): string {
  const [head, second, third, fourth] = path.split('.');
  const lang = (fourth ?? third) as keyof typeof LANGUAGE_LABEL.text | undefined;
  if (head === 'name') return t('templates.name');
  if (head === 'questions' && second !== undefined && /^\d+$/.test(second)) {
    const question = t('templates.question', { number: Number(second) + 1 });
    if ((third === 'text' || third === 'hint') && fourth && fourth in LANGUAGE_LABEL.text) return `${question} · ${t(LANGUAGE_LABEL[third][fourth as keyof typeof LANGUAGE_LABEL.text])}`;
    if (third === 'section' || third === 'id') return `${question} · ${t('templates.questionSection')}`;
    return question;
  }
  if (head === 'sectionPrompts' && second && lang && lang in LANGUAGE_LABEL.prompt) {
    return t(LANGUAGE_LABEL.prompt[lang], { section: t(`canvas.section.${second}.title` as MessageKey) });
  }
  if (head === 'variants' && second) return t(`canvas.phase.${second}` as MessageKey);
  return t('templates.questionsTitle');
}

interface TextFieldsProps {
  value: TextDraft;
  labels: { nl: string; en: string; be: string };
  required: boolean;
  errors: Map<string, string>;
  path: string;
  placeholder?: TextDraft;
  onChange: (value: TextDraft) => void;
  testId: string;
}

/** One text in three languages, each its own labelled field. */
function TextFields({ value, labels, required, errors, path, placeholder, onChange, testId }: TextFieldsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const field = (lang: keyof TextDraft, label: string, hint?: string) => {
    const message = errors.get(`${path}.${lang}`);
    return (
      <Field
        label={label}
        required={required && lang !== 'nl-BE'}
        hint={hint}
        className={styles.grow}
        {...(message ? { validationMessage: message, validationState: 'error' as const } : {})}
      >
        <Textarea
          value={value[lang]}
          resize="vertical"
          maxLength={500}
          placeholder={placeholder?.[lang]}
          onChange={(_e, data) => onChange({ ...value, [lang]: data.value })}
          data-testid={`${testId}-${lang}`}
        />
      </Field>
    );
  };
  return (
    <div className={styles.row}>
      {field('nl', labels.nl, required ? undefined : t('templates.optional'))}
      {field('en', labels.en, required ? undefined : t('templates.optional'))}
      {field('nl-BE', labels.be, t('templates.onlyIfDifferent'))}
    </div>
  );
}

interface QuestionEditorProps {
  question: QuestionDraft;
  index: number;
  count: number;
  errors: Map<string, string>;
  onChange: (change: Partial<QuestionDraft>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

function QuestionEditor({ question, index, count, errors, onChange, onMove, onRemove }: QuestionEditorProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const number = index + 1;
  const path = `questions.${index}`;
  const sectionError = errorAt(errors, `${path}.section`) ?? errors.get(`${path}.id`);
  return (
    <fieldset className={styles.group} data-testid="template-question" data-question-id={question.id}>
      <legend className={styles.legend}>
        <Text weight="semibold">{t('templates.question', { number })}</Text>
      </legend>
      <div className={styles.row}>
        <Field label={t('templates.questionRole')} className={styles.grow}>
          <Select className={styles.select} value={question.role} onChange={(_e, data) => onChange({ role: data.value === 'manager' ? 'manager' : 'employee' })} data-testid="question-role">
            <option value="employee">{t('templates.forEmployee')}</option>
            <option value="manager">{t('templates.forManager')}</option>
          </Select>
        </Field>
        <Field label={t('templates.questionSection')} className={styles.grow} {...(sectionError ? { validationMessage: sectionError, validationState: 'error' as const } : {})}>
          <Select className={styles.select} value={question.section} onChange={(_e, data) => onChange({ section: koerskaart.SectionId.parse(data.value) })} data-testid="question-section">
            {koerskaart.SECTION_IDS.map((id) => (
              <option key={id} value={id}>
                {t(`canvas.section.${id}.title` as MessageKey)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <TextFields
        value={question.text}
        labels={{ nl: t('templates.textNl'), en: t('templates.textEn'), be: t('templates.textNlBE') }}
        required
        errors={errors}
        path={`${path}.text`}
        onChange={(text) => onChange({ text })}
        testId="question-text"
      />
      <TextFields
        value={question.hint}
        labels={{ nl: t('templates.hintNl'), en: t('templates.hintEn'), be: t('templates.hintNlBE') }}
        required={false}
        errors={errors}
        path={`${path}.hint`}
        onChange={(hint) => onChange({ hint })}
        testId="question-hint"
      />
      <div className={styles.actions}>
        <Button size="small" disabled={index === 0} onClick={() => onMove(-1)} data-testid="question-up">
          {t('templates.moveUp', { number })}
        </Button>
        <Button size="small" disabled={index === count - 1} onClick={() => onMove(1)} data-testid="question-down">
          {t('templates.moveDown', { number })}
        </Button>
        <Button size="small" onClick={onRemove} data-testid="question-remove">
          {t('templates.remove', { number })}
        </Button>
      </div>
    </fieldset>
  );
}

interface TemplateEditorProps {
  version: TemplateVersionResponse;
  onDone: (published?: TemplateVersionResponse) => void;
}

/**
 * A new version of a template. Everything HR typed stays in the form whatever the server says: a
 * refused publish shows its reasons next to the fields, and nothing is lost.
 */
export function TemplateEditor({ version, onDone }: TemplateEditorProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const [base] = useState<TemplateDraft>(() => draftOf(version));
  const [draft, setDraft] = useState<TemplateDraft>(base);
  const [outcome, setOutcome] = useState<Outcome>();
  const { publish } = useTemplateChanges();
  const status = useRef<HTMLDivElement>(null);
  useReportUnsaved(`template:${version.templateId}`, isChanged(base, draft));
  const errors = outcome ? fieldErrors(outcome.error) : new Map<string, string>();
  const next = version.version + 1;

  const submit = async () => {
    if (publish.isPending) return;
    setOutcome(undefined);
    try {
      const published = await publish.mutateAsync({ templateId: version.templateId, request: publishRequest(draft, version.version) });
      onDone(published);
    } catch (error) {
      setOutcome({ kind: 'failed', error });
      status.current?.focus();
    }
  };

  const defaultPrompt = (section: koerskaart.SectionId): TextDraft => {
    const key = `canvas.section.${section}.prompt` as MessageKey;
    return { nl: t(key), en: '', 'nl-BE': '' };
  };

  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      // Koers says what is wrong next to the field, in words the browser's bubble cannot give.
      noValidate
      data-testid="template-editor"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Text as="h2" size={500} weight="semibold" id={headingId}>
        {t('templates.editorTitle', { name: version.name })}
      </Text>
      <Text as="p">{t('templates.editorIntro', { version: version.version, next })}</Text>
      <div ref={status} tabIndex={-1} aria-live="polite">
        {outcome && (
          <MessageBar intent="error" layout="multiline" data-testid="publish-failed">
            <MessageBarBody>
              <MessageBarTitle>{t('templates.publishFailed')}</MessageBarTitle>
              {errors.size > 0 ? (
                <ul className={styles.errors}>
                  {[...errors.entries()].map(([path, message]) => (
                    <li key={path}>{t('templates.fieldError', { field: fieldLabel(path, t), message })}</li>
                  ))}
                </ul>
              ) : (
                describeError(outcome.error, language, t)
              )}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <Field label={t('templates.name')} required {...(errors.get('name') ? { validationMessage: errors.get('name'), validationState: 'error' as const } : {})}>
        <Input value={draft.name} maxLength={80} onChange={(_e, data) => setDraft({ ...draft, name: data.value })} data-testid="template-name" />
      </Field>

      <section className={styles.form} aria-labelledby={`${headingId}-questions`}>
        <Text as="h3" size={400} weight="semibold" id={`${headingId}-questions`}>
          {t('templates.questionsTitle')}
        </Text>
        {errors.get('questions') && (
          <MessageBar intent="error">
            <MessageBarBody>{errors.get('questions')}</MessageBarBody>
          </MessageBar>
        )}
        {draft.questions.map((question, index) => (
          <QuestionEditor
            key={question.id}
            question={question}
            index={index}
            count={draft.questions.length}
            errors={errors}
            onChange={(change) => setDraft((d) => changeQuestion(d, index, change))}
            onMove={(by) => setDraft((d) => moveQuestion(d, index, by))}
            onRemove={() => setDraft((d) => removeQuestion(d, index))}
          />
        ))}
        <div>
          <Button onClick={() => setDraft((d) => addQuestion(d, newQuestionId(d.questions)))} data-testid="question-add">
            {t('templates.addQuestion')}
          </Button>
        </div>
      </section>

      <section className={styles.form} aria-labelledby={`${headingId}-prompts`}>
        <Text as="h3" size={400} weight="semibold" id={`${headingId}-prompts`}>
          {t('templates.promptsTitle')}
        </Text>
        <Text as="p">{t('templates.promptsIntro')}</Text>
        {koerskaart.SECTION_IDS.map((section) => {
          const title = t(`canvas.section.${section}.title` as MessageKey);
          return (
            <fieldset key={section} className={styles.group} data-testid="template-prompt" data-section={section}>
              <legend className={styles.legend}>
                <Text weight="semibold">{title}</Text>
              </legend>
              <TextFields
                value={draft.prompts[section] ?? { nl: '', en: '', 'nl-BE': '' }}
                labels={{ nl: t('templates.promptNl', { section: title }), en: t('templates.promptEn', { section: title }), be: t('templates.promptNlBE', { section: title }) }}
                required={false}
                errors={errors}
                path={`sectionPrompts.${section}`}
                placeholder={defaultPrompt(section)}
                onChange={(text) => setDraft((d) => ({ ...d, prompts: { ...d.prompts, [section]: text } }))}
                testId={`prompt-${section}`}
              />
            </fieldset>
          );
        })}
      </section>

      <section className={styles.form} aria-labelledby={`${headingId}-variants`}>
        <Text as="h3" size={400} weight="semibold" id={`${headingId}-variants`}>
          {t('templates.variantsTitle')}
        </Text>
        <div className={styles.row}>
          {koerskaart.PHASE_IDS.map((phase) => {
            const message = errors.get(`variants.${phase}`);
            return (
              <Field key={phase} label={t(`canvas.phase.${phase}` as MessageKey)} className={styles.grow} {...(message ? { validationMessage: message, validationState: 'error' as const } : {})}>
                <Select
                  className={styles.select}
                  value={draft.variants[phase] ?? ''}
                  onChange={(_e, data) => {
                    const chosen = koerskaart.KoerskaartVariant.safeParse(data.value);
                    setDraft((d) => {
                      const variants = { ...d.variants };
                      if (chosen.success) variants[phase] = chosen.data;
                      else delete variants[phase];
                      return { ...d, variants };
                    });
                  }}
                  data-testid={`variant-${phase}`}
                >
                  <option value="">{t('templates.variantBoard')}</option>
                  {variantsOfPhase(phase).map((variant) => (
                    <option key={variant} value={variant}>
                      {t(`canvas.variant.${variant}` as MessageKey)}
                    </option>
                  ))}
                </Select>
              </Field>
            );
          })}
        </div>
      </section>

      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabledFocusable={publish.isPending} icon={publish.isPending ? <Spinner size="tiny" /> : undefined} data-testid="template-publish">
          {publish.isPending ? t('templates.publishing') : t('templates.publish', { next })}
        </Button>
        <Button onClick={() => onDone()} data-testid="template-cancel">
          {t('templates.cancelEdit')}
        </Button>
      </div>
    </form>
  );
}
