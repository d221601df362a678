import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { eagerNamespaces, languages, lazyNamespaces, type Language } from './resources';

const STORAGE_KEY = 'navet.language';

/** Swedish unless the user chose English (kept in localStorage: a preference, not a secret). */
function initialLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return (languages as readonly string[]).includes(stored ?? '') ? (stored as Language) : 'sv';
}

export function setLanguage(lng: Language): void {
  localStorage.setItem(STORAGE_KEY, lng);
  void i18next.changeLanguage(lng);
}

export const i18n = i18next.createInstance();
const bundled = Object.fromEntries(
  languages.map((lng) => [lng, Object.fromEntries(Object.entries(eagerNamespaces).map(([ns, m]) => [ns, m[lng]]))]),
);

void i18n
  .use(initReactI18next)
  .use(resourcesToBackend((lng: Language, ns: keyof typeof lazyNamespaces) => lazyNamespaces[ns]().then((m) => m[lng])))
  .init({
    resources: bundled,
    partialBundledLanguages: true,
    ns: Object.keys(eagerNamespaces),
    lng: initialLanguage(),
    fallbackLng: false,
    defaultNS: 'shared',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    initAsync: false,
  });
i18n.on('languageChanged', (lng) => document.documentElement.setAttribute('lang', lng));
document.documentElement.setAttribute('lang', i18n.language);
