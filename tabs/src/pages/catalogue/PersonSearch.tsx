import { Field, Input, Select } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useRoundAudience } from '../../data/rounds';
import { shown } from '../../data/shown';
import { useI18n } from '../../i18n/I18nContext';

/** A long directory is searched: at most this many matches are offered to pick from. */
const MAX_MATCHES = 20;

/** HR finds one person by name: what was typed, the matches, and the one picked (the first match unless chosen). */
export function usePersonSearch() {
  const audience = shown(useRoundAudience());
  const [search, setSearch] = useState('');
  const [personId, setPersonId] = useState('');
  const matches = useMemo(() => {
    if (audience.status !== 'ready') return [];
    const needle = search.trim().toLocaleLowerCase();
    if (needle === '') return [];
    return audience.data.people.filter((p) => p.displayName.toLocaleLowerCase().includes(needle)).slice(0, MAX_MATCHES);
  }, [audience, search]);
  const picked = matches.some((p) => p.id === personId) ? personId : (matches[0]?.id ?? '');
  return { search, setSearch, setPersonId, matches, picked, notFound: search.trim() !== '' && audience.status === 'ready' && matches.length === 0 };
}

/** The search field and, once something matches, the list to pick from. `testId` prefixes their test ids. */
export function PersonSearchFields({ person, label, testId, selectClassName }: { person: ReturnType<typeof usePersonSearch>; label: string; testId: string; selectClassName: string }) {
  const { t } = useI18n();
  return (
    <>
      <Field label={label}>
        <Input type="search" value={person.search} onChange={(_e, d) => person.setSearch(d.value)} data-testid={`${testId}-search`} />
      </Field>
      {person.matches.length > 0 && (
        <Field label={t('functionLinks.match')}>
          <Select className={selectClassName} value={person.picked} onChange={(_e, d) => person.setPersonId(d.value)} data-testid={`${testId}-match`}>
            {person.matches.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName}
                {p.department ? ` · ${p.department}` : ''}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </>
  );
}
