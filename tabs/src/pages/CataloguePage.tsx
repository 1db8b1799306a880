import type { MeResponse } from '@koers/contracts';
import { hasRole, type Catalogue, type CatalogueImportResponse, type CatalogueResponse, type JobFunction } from '@koers/domain';
import {
  Badge,
  Button,
  Card,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import { describeError } from '../api/describeError';
import { EmptyState } from '../components/EmptyState';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { PageHeading } from '../components/PageHeading';
import { usePendingAction } from '../hooks/usePendingAction';
import { SpreadsheetFileField } from '../components/SpreadsheetFileField';
import { useCatalogue, useImportCatalogue } from '../data/catalogue';
import { fileAsBase64 } from '../data/fileBase64';
import { useKoersApi } from '../data/KoersApiContext';
import { shown } from '../data/shown';
import { useI18n } from '../i18n/I18nContext';
import { saveBlob } from './pop/pdfDownload';
import { FunctionLinksSection } from './catalogue/FunctionLinks';
import { TrainingRightSection } from './catalogue/TrainingRightForm';
import { learningKindArgument, useLearningCost } from './catalogue/learningCost';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  grid: { display: 'grid', gap: tokens.spacingVerticalM, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 18rem), 1fr))' },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  titleRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  tableWrap: { overflowX: 'auto' },
  errors: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, maxHeight: '16rem', overflowY: 'auto' },
});

function FunctionCard({ fn, catalogue }: { fn: JobFunction; catalogue: Catalogue }) {
  const { t } = useI18n();
  const styles = useStyles();
  const competence = new Map(catalogue.competences.map((c) => [c.id, c.name]));
  const certificate = new Map(catalogue.certificates.map((c) => [c.id, c.name]));
  const functionName = new Map(catalogue.functions.map((f) => [f.id, f.name]));
  const paths = catalogue.paths.filter((p) => p.fromFunctionId === fn.id);
  return (
    <Card className={styles.card} data-testid="catalogue-function" data-function={fn.id}>
      <div className={styles.titleRow}>
        <Text as="h4" weight="semibold" size={400}>
          {fn.name}
        </Text>
        <Badge appearance="outline">{t('catalogue.level', { level: fn.level })}</Badge>
      </div>
      {fn.description && <Text as="p">{fn.description}</Text>}
      {fn.requirements.length > 0 && (
        <div>
          <Text weight="semibold">{t('catalogue.asks')}</Text>
          <ul className={styles.list}>
            {fn.requirements.map((r) => (
              <li key={r.competenceId}>{t('catalogue.competenceLevel', { name: competence.get(r.competenceId) ?? r.competenceId, level: `l${r.level}` })}</li>
            ))}
          </ul>
        </div>
      )}
      {fn.mandatoryCertificateIds.length > 0 && (
        <div>
          <Text weight="semibold">{t('catalogue.certificates')}</Text>
          <Text as="p" block>{fn.mandatoryCertificateIds.map((id) => certificate.get(id) ?? id).join(', ')}</Text>
        </div>
      )}
      {paths.length > 0 && (
        <div>
          <Text weight="semibold">{t('catalogue.paths')}</Text>
          <ul className={styles.list} data-testid="catalogue-paths">
            {paths.map((p) => (
              <li key={`${p.toFunctionId}-${p.kind}`}>{t('catalogue.pathTo', { kind: p.kind, name: functionName.get(p.toFunctionId) ?? p.toFunctionId })}</li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}

function LearningTable({ catalogue }: { catalogue: Catalogue }) {
  const { t } = useI18n();
  const styles = useStyles();
  const cost = useLearningCost();
  return (
    <div className={styles.tableWrap}>
      <Table aria-label={t('catalogue.learning')} size="small" data-testid="catalogue-learning">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('catalogue.column.title')}</TableHeaderCell>
            <TableHeaderCell>{t('catalogue.column.kind')}</TableHeaderCell>
            <TableHeaderCell>{t('catalogue.column.hours')}</TableHeaderCell>
            <TableHeaderCell>{t('catalogue.column.cost')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {catalogue.learning.map((item) => (
            <TableRow key={item.id}>
              <TableCell>
                {item.title}
                {item.provider ? ` · ${item.provider}` : ''}
                {item.internal ? ` · ${t('catalogue.internal')}` : ''}
              </TableCell>
              <TableCell>{t('catalogue.kind', { kind: learningKindArgument(item.kind) })}</TableCell>
              <TableCell>{item.hours > 0 ? item.hours : '–'}</TableCell>
              <TableCell>{cost(item)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** HR's way in and out: the workbook to download, and one to check and then store as a whole. */
function ManageWithExcel({ current }: { current: CatalogueResponse }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const api = useKoersApi().catalogue;
  const importing = useImportCatalogue();
  const headingId = useId();
  const [file, setFile] = useState<File>();
  const [fileProblem, setFileProblem] = useState<string>();
  const [checked, setChecked] = useState<CatalogueImportResponse>();
  const [saved, setSaved] = useState(false);
  const { pending, failure, run, clearFailure } = usePendingAction<'export' | 'check' | 'save'>();

  const download = () => run('export', async () => saveBlob(await api.exportWorkbook(), 'functiehuis-en-leeraanbod.xlsx'));

  const send = async (save: boolean) => {
    if (!file) {
      setFileProblem(t('catalogue.pickFile'));
      return;
    }
    setSaved(false);
    await run(save ? 'save' : 'check', async () => {
      const result = await importing.mutateAsync({ request: { fileName: file.name, contentBase64: await fileAsBase64(file), save }, etag: current.etag });
      setChecked(result);
      setSaved(result.saved);
    });
  };

  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="catalogue-manage">
      <Text as="h3" id={headingId} size={500} weight="semibold">
        {t('catalogue.manage')}
      </Text>
      <Text as="p">{t('catalogue.manageIntro')}</Text>
      <div className={styles.row}>
        <Button onClick={() => void download()} disabledFocusable={pending !== undefined} icon={pending === 'export' ? <Spinner size="tiny" /> : undefined}>
          {pending === 'export' ? t('catalogue.exportBusy') : t('catalogue.export')}
        </Button>
      </div>
      <SpreadsheetFileField
        label={t('catalogue.file')}
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        testId="catalogue-file"
        problem={fileProblem}
        tooLargeMessage={t('catalogue.tooLarge')}
        onPick={(picked, problem) => {
          setChecked(undefined);
          setSaved(false);
          setFileProblem(problem);
          setFile(picked);
        }}
      />
      <div className={styles.row}>
        <Button onClick={() => void send(false)} disabledFocusable={pending !== undefined} data-testid="catalogue-check">
          {pending === 'check' ? t('catalogue.checking') : t('catalogue.check')}
        </Button>
        {checked?.valid && !saved && (
          <Button appearance="primary" onClick={() => void send(true)} disabledFocusable={pending !== undefined} data-testid="catalogue-save">
            {pending === 'save' ? t('catalogue.saving') : t('catalogue.save')}
          </Button>
        )}
      </div>
      <div aria-live="polite">
        {saved && (
          <MessageBar intent="success" data-testid="catalogue-saved">
            <MessageBarBody>{t('catalogue.saved')}</MessageBarBody>
          </MessageBar>
        )}
        {checked?.valid && !saved && (
          <MessageBar intent="info" data-testid="catalogue-valid">
            <MessageBarBody>{t('catalogue.valid', { functions: checked.counts.functions ?? 0, paths: checked.counts.paths ?? 0, learning: checked.counts.learning ?? 0 })}</MessageBarBody>
          </MessageBar>
        )}
        {checked && !checked.valid && (
          <MessageBar intent="error" layout="multiline" data-testid="catalogue-errors">
            <MessageBarBody>
              {t('catalogue.invalid', { count: checked.errors.length })}
              <ul className={styles.errors}>
                {checked.errors.map((e) => (
                  <li key={`${e.sheet}-${e.row}-${e.column}-${e.code}`}>{e.message}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {failure !== undefined && <ErrorState message={describeError(failure, language, t)} onRetry={clearFailure} testId="catalogue-failure" />}
    </section>
  );
}

/** The organisation's functions, the steps between them and the learning offer; HR manages it with Excel. */
export function CataloguePage({ me }: { me: MeResponse }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const catalogue = shown(useCatalogue());
  const isHr = hasRole(me.me, 'hr');
  const functionsId = useId();
  const learningId = useId();
  return (
    <div className={styles.page} data-testid="page-catalogue">
      <PageHeading>{t('route.catalogue')}</PageHeading>
      <Text as="p">{t('catalogue.intro', { organisation: me.organisation.name })}</Text>
      {catalogue.status === 'loading' && <LoadingState label={t('catalogue.loading')} testId="catalogue-loading" />}
      {catalogue.status === 'error' && <ErrorState message={describeError(catalogue.error, language, t)} onRetry={catalogue.retry} testId="catalogue-error" />}
      {catalogue.status === 'ready' && (
        <>
          {catalogue.data.catalogue.functions.length === 0 ? (
            <EmptyState title={t('catalogue.emptyTitle')} level="h2" testId="catalogue-empty">
              {isHr ? t('catalogue.emptyBodyHr') : t('catalogue.emptyBody')}
            </EmptyState>
          ) : (
            <>
              <section className={styles.section} aria-labelledby={functionsId}>
                <Text as="h2" id={functionsId} size={600} weight="semibold">
                  {t('catalogue.functions')}
                </Text>
                {catalogue.data.catalogue.families.map((family) => {
                  const inFamily = catalogue.data.catalogue.functions.filter((f) => f.familyId === family.id).sort((a, b) => a.level - b.level);
                  if (inFamily.length === 0) return null;
                  return (
                    <div key={family.id} className={styles.section}>
                      <Text as="h3" size={500} weight="semibold">
                        {family.name}
                      </Text>
                      <div className={styles.grid}>
                        {inFamily.map((fn) => (
                          <FunctionCard key={fn.id} fn={fn} catalogue={catalogue.data.catalogue} />
                        ))}
                      </div>
                    </div>
                  );
                })}
              </section>
              {catalogue.data.catalogue.learning.length > 0 && (
                <section className={styles.section} aria-labelledby={learningId}>
                  <Text as="h2" id={learningId} size={600} weight="semibold">
                    {t('catalogue.learning')}
                  </Text>
                  <Text as="p">{t('catalogue.learningCount', { count: catalogue.data.catalogue.learning.length })}</Text>
                  <LearningTable catalogue={catalogue.data.catalogue} />
                </section>
              )}
            </>
          )}
          {isHr && catalogue.data.catalogue.functions.length > 0 && <FunctionLinksSection />}
          {/* The server decides by the organisation's country; its language is what the tab knows. */}
          {isHr && me.organisation.locale === 'nl-BE' && <TrainingRightSection />}
          {isHr && <ManageWithExcel current={catalogue.data} />}
        </>
      )}
    </div>
  );
}
