import type { FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import { nationalIdProblem } from '../roster-import/nationalId';
import './i18n';

/**
 * A form rule that checks a national id number as the API does (roster-import/nationalId.ts): the check
 * character of an 18-character resident id number, or 5 to 20 letters and digits; empty passes.
 */
export function useNationalIdRule(): FormRule {
  const { t } = useTranslation('event');
  return {
    validator(_: unknown, value?: string) {
      if (!value) return Promise.resolve();
      const problem = nationalIdProblem(value);
      if (!problem) return Promise.resolve();
      return Promise.reject(new Error(problem.kind === 'checkCharacter' ? t('register.checkCharacter', problem) : t('register.idFormat')));
    },
  };
}
