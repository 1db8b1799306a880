import { MAX_TALENT_INTERESTS, type MyTalentResponse, type TalentInterestItem, type TalentWish } from '@koers/domain';
import { Button, Card, Checkbox, Field, makeStyles, MessageBar, MessageBarBody, Select, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { describeError } from '../../api/describeError';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useMyTalent, useSaveMyTalent } from '../../data/insight';
import { shown } from '../../data/shown';
import { useI18n } from '../../i18n/I18nContext';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingInlineStart: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  add: { display: 'grid', gap: tokens.spacingVerticalS, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 14rem), 1fr))', alignItems: 'end' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** `start` is the latest read: the form starts from it once, and saves under its current etag. */
function TalentForm({ start }: { start: MyTalentResponse }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const save = useSaveMyTalent();
  const [interests, setInterests] = useState<TalentInterestItem[]>(start.interests);
  const [showName, setShowName] = useState(start.showName);
  const [functionId, setFunctionId] = useState('');
  const [wish, setWish] = useState<TalentWish>('doorgroeien');
  const [saved, setSaved] = useState(false);
  const names = new Map(start.functions.map((f) => [f.id, f.name]));
  const choosable = start.functions.filter((f) => !interests.some((i) => i.functionId === f.id));
  const full = interests.length >= MAX_TALENT_INTERESTS;

  const change = (next: TalentInterestItem[]) => {
    setInterests(next);
    setSaved(false);
  };
  const submit = async () => {
    const result = await save.mutateAsync({ request: { interests, showName }, etag: start.etag });
    setInterests(result.interests);
    setSaved(true);
  };

  if (start.functions.length === 0) return <Text as="p">{t('talent.noFunctions')}</Text>;
  return (
    <>
      {interests.length === 0 ? (
        <Text as="p">{t('talent.none')}</Text>
      ) : (
        <ul className={styles.list} data-testid="talent-interests">
          {interests.map((i) => {
            const name = names.get(i.functionId) ?? i.functionId;
            return (
              <li key={i.functionId} className={styles.item}>
                <Text>{t('insight.wish', { wish: i.wish, name })}</Text>
                <Button size="small" onClick={() => change(interests.filter((x) => x.functionId !== i.functionId))}>
                  {t('talent.remove', { name })}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      {full ? (
        <Text as="p">{t('talent.max')}</Text>
      ) : (
        <div className={styles.add}>
          <Field label={t('talent.function')}>
            <Select value={functionId} onChange={(_e, d) => setFunctionId(d.value)} data-testid="talent-function">
              <option value="">{t('talent.pickFunction')}</option>
              {choosable.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('talent.wish')}>
            <Select value={wish} onChange={(_e, d) => setWish(d.value as TalentWish)} data-testid="talent-wish">
              <option value="doorgroeien">{t('talent.wish.doorgroeien')}</option>
              <option value="interesse">{t('talent.wish.interesse')}</option>
            </Select>
          </Field>
          <div>
            <Button
              disabled={!functionId}
              onClick={() => {
                change([...interests, { functionId, wish }]);
                setFunctionId('');
              }}
              data-testid="talent-add"
            >
              {t('talent.add')}
            </Button>
          </div>
        </div>
      )}
      <Field hint={t('talent.showNameHint')}>
        <Checkbox
          checked={showName}
          onChange={(_e, d) => {
            setShowName(d.checked === true);
            setSaved(false);
          }}
          label={t('talent.showName')}
          data-testid="talent-show-name"
        />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={save.isPending} onClick={() => void submit().catch(() => undefined)} data-testid="talent-save">
          {save.isPending ? t('talent.saving') : t('talent.save')}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {saved && (
          <MessageBar intent="success" data-testid="talent-saved">
            <MessageBarBody>{t('talent.saved')}</MessageBarBody>
          </MessageBar>
        )}
        {save.isError && (
          <MessageBar intent="error">
            <MessageBarBody>{describeError(save.error, language, t)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </>
  );
}

/** "Waar wil je naartoe?": the employee's own talent-pool wishes, and whether HR may see them by name. */
export function TalentInterestCard() {
  const { t, language } = useI18n();
  const styles = useStyles();
  const mine = shown(useMyTalent());
  return (
    <Card className={styles.card} data-testid="talent-card" role="region" aria-labelledby="talent-title">
      <Text as="h2" id="talent-title" size={500} weight="semibold">
        {t('talent.title')}
      </Text>
      <Text as="p">{t('talent.intro')}</Text>
      {mine.status === 'loading' && <LoadingState label={t('insight.loading')} />}
      {mine.status === 'error' && <ErrorState message={describeError(mine.error, language, t)} onRetry={mine.retry} />}
      {mine.status === 'ready' && <TalentForm start={mine.data} />}
    </Card>
  );
}
