import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zhCN } from './zh-CN';

export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];

/**
 * The English bundle of a namespace, checked against the Chinese one: the same keys, except that a counted
 * text, which Chinese writes once (`judges_other`: Chinese has one plural form), has its English singular
 * beside it (`judges_one`: "1 judge", `judges_other`: "2 judges"). Read with `t('judges', { count })`.
 */
export type English<T> = {
  [K in keyof T as K extends `${infer Base}_other` ? `${Base}_one` | K : K]: T[K] extends string ? string : English<T[K]>;
};

/** Chinese unless the person chose English before. */
export const defaultLanguage: Language = 'zh-CN';
const storageKey = 'biwu.language';

function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language);
}

function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isLanguage(stored) ? stored : defaultLanguage;
  } catch {
    return defaultLanguage; // storage may be blocked (private mode, strict cookie settings)
  }
}

/** Switches the UI language and remembers the choice for the next visit. */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // not remembered, but the switch still applies to this visit
  }
  await i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : defaultLanguage;
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: defaultLanguage,
  supportedLngs: [...languages],
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false, // resources are bundled: be ready before the first render
});

export default i18n;
