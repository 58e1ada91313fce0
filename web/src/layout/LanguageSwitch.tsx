import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, type Language } from '../i18n';

const options: { value: Language; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'English' },
];

/** Each language is named in itself, so a person who cannot read the current one still finds theirs. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <Segmented<Language>
      aria-label={t('language.label')}
      options={options}
      value={currentLanguage()}
      onChange={(language) => void changeLanguage(language)}
    />
  );
}
