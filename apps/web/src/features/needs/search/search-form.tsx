import { Button, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** The free-text box; the query goes into the URL on submit, not on every keystroke (the back button stays useful). */
export function SearchForm({ query, onSearch }: { query: string; onSearch: (query: string) => void }) {
  const { t } = useTranslation('needSearch');
  const [text, setText] = useState(query);
  useEffect(() => setText(query), [query]);
  function submit(e: FormEvent) {
    e.preventDefault();
    onSearch(text);
  }
  return (
    <form role="search" onSubmit={submit} className="navet-search-form">
      <Textfield
        className="navet-search-box"
        label={t('queryLabel')}
        type="search"
        name="q"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <Button type="submit">{t('submit')}</Button>
    </form>
  );
}
