import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import i18n, { defaultLanguage } from '../i18n';

afterEach(async () => {
  cleanup();
  window.localStorage.clear();
  await i18n.changeLanguage(defaultLanguage);
});
