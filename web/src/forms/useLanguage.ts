import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language } from '../i18n';

/** The UI language, re-rendering the caller when it changes. */
export function useLanguage(): Language {
  useTranslation(); // subscribes to language changes
  return currentLanguage();
}
