import type { GesprekspartnerImportResponse } from '@koers/domain';
import {
  Button,
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
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { describeError } from '../../api/describeError';
import { ErrorState } from '../../components/ErrorState';
import { SpreadsheetFileField } from '../../components/SpreadsheetFileField';
import { fileAsBase64 } from '../../data/fileBase64';
import { useKoersApi } from '../../data/KoersApiContext';
import { usePendingAction } from '../../hooks/usePendingAction';
import { useI18n } from '../../i18n/I18nContext';
import { saveBlob } from '../pop/pdfDownload';
import { isStaleVersion } from '../plan/staleSlot';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, alignItems: 'flex-start' },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  // A side panel is narrow: the table scrolls inside its own box instead of widening the page.
  tableBox: { width: '100%', overflowX: 'auto' },
  table: { minWidth: '28rem' },
  muted: { color: tokens.colorNeutralForeground3 },
});

type Party = GesprekspartnerImportResponse['changes'][number]['person'];

/**
 * Gesprekspartners from the HR system: download the current list, pick an export, see who would
 * change from whom to whom (or every bad row), and save it as a whole against the state checked.
 */
export function GesprekspartnersCard() {
  const { t, language } = useI18n();
  const styles = useStyles();
  const api = useKoersApi().gesprekspartners;
  const client = useQueryClient();
  const headingId = useId();
  const [file, setFile] = useState<File>();
  const [fileProblem, setFileProblem] = useState<string>();
  const [checked, setChecked] = useState<GesprekspartnerImportResponse>();
  const [saved, setSaved] = useState<number>();
  const [conflict, setConflict] = useState(false);
  const { pending, failure, run, clearFailure } = usePendingAction<'export' | 'check' | 'save'>();

  const download = () => run('export', async () => saveBlob(await api.exportWorkbook(), 'gesprekspartners.xlsx'));

  const send = async (save: boolean) => {
    if (!file) {
      setFileProblem(t('gesprekspartners.pickFile'));
      return;
    }
    setConflict(false);
    setSaved(undefined);
    const stale = (error: unknown) => {
      if (!isStaleVersion(error)) return false;
      setConflict(true);
      setChecked(undefined);
      return true;
    };
    await run(
      save ? 'save' : 'check',
      async () => {
        const request = { fileName: file.name, contentBase64: await fileAsBase64(file) };
        if (!save || !checked) {
          setChecked(await api.check(request));
          return;
        }
        const result = await api.save(request, checked.etag);
        if (!result.saved) {
          setChecked(result);
          return;
        }
        setSaved(result.changes.length);
        setChecked(undefined);
        // Teams, personas and the home page show who leads whom: read them again.
        await client.invalidateQueries();
      },
      stale,
    );
  };

  const party = (p: Party | undefined) => (p ? `${p.name} (${p.email})` : t('gesprekspartners.nobody'));
  const canSave = checked?.valid === true && checked.changes.length > 0;

  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="gesprekspartners">
      <Text as="h2" size={500} weight="semibold" id={headingId}>
        {t('gesprekspartners.title')}
      </Text>
      <Text as="p">{t('gesprekspartners.intro')}</Text>
      <Text as="p" size={200}>
        {t('gesprekspartners.columns')}
      </Text>
      <Button onClick={() => void download()} disabledFocusable={pending !== undefined} icon={pending === 'export' ? <Spinner size="tiny" /> : undefined} data-testid="gesprekspartners-export">
        {pending === 'export' ? t('gesprekspartners.exportBusy') : t('gesprekspartners.export')}
      </Button>
      <SpreadsheetFileField
        label={t('gesprekspartners.file')}
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        testId="gesprekspartners-file"
        problem={fileProblem}
        tooLargeMessage={t('gesprekspartners.tooLarge')}
        onPick={(picked, problem) => {
          setChecked(undefined);
          setSaved(undefined);
          setConflict(false);
          setFileProblem(problem);
          setFile(picked);
        }}
      />
      <div className={styles.row}>
        <Button onClick={() => void send(false)} disabledFocusable={pending !== undefined} data-testid="gesprekspartners-check">
          {pending === 'check' ? t('gesprekspartners.checking') : t('gesprekspartners.check')}
        </Button>
        {canSave && (
          <Button appearance="primary" onClick={() => void send(true)} disabledFocusable={pending !== undefined} data-testid="gesprekspartners-save">
            {pending === 'save' ? t('gesprekspartners.saving') : t('gesprekspartners.save')}
          </Button>
        )}
      </div>
      <div aria-live="polite">
        {saved !== undefined && (
          <MessageBar intent="success" layout="multiline" data-testid="gesprekspartners-saved">
            <MessageBarBody>{t('gesprekspartners.saved', { count: saved })}</MessageBarBody>
          </MessageBar>
        )}
        {conflict && (
          <MessageBar intent="warning" layout="multiline" data-testid="gesprekspartners-conflict">
            <MessageBarBody>{t('gesprekspartners.conflict')}</MessageBarBody>
          </MessageBar>
        )}
        {checked?.valid && (
          <MessageBar intent="info" layout="multiline" data-testid="gesprekspartners-preview">
            <MessageBarBody>
              {checked.changes.length === 0 ? t('gesprekspartners.nothingToChange', { rows: checked.rows }) : t('gesprekspartners.preview', { changes: checked.changes.length, unchanged: checked.unchanged })}
            </MessageBarBody>
          </MessageBar>
        )}
        {checked && !checked.valid && (
          <MessageBar intent="error" layout="multiline" data-testid="gesprekspartners-errors">
            <MessageBarBody>
              {t('gesprekspartners.invalid', { count: new Set(checked.errors.map((e) => e.row)).size })}
              <ul className={styles.errors}>
                {checked.errors.map((e) => (
                  <li key={`${e.row}-${e.column}-${e.code}`}>{e.message}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {checked?.valid && checked.changes.length > 0 && (
        <div className={styles.tableBox}>
          <Table aria-label={t('gesprekspartners.tableLabel')} size="small" className={styles.table} data-testid="gesprekspartners-changes">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('gesprekspartners.row')}</TableHeaderCell>
                <TableHeaderCell>{t('gesprekspartners.person')}</TableHeaderCell>
                <TableHeaderCell>{t('gesprekspartners.from')}</TableHeaderCell>
                <TableHeaderCell>{t('gesprekspartners.to')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {checked.changes.map((c) => (
                <TableRow key={c.person.id}>
                  <TableCell>{c.row}</TableCell>
                  <TableCell>{c.person.name}</TableCell>
                  <TableCell className={c.from ? undefined : styles.muted}>{party(c.from)}</TableCell>
                  <TableCell className={c.to ? undefined : styles.muted}>{party(c.to)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {failure !== undefined && <ErrorState message={describeError(failure, language, t)} onRetry={clearFailure} testId="gesprekspartners-failure" />}
    </section>
  );
}
