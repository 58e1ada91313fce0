import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { rawEnumCodesIn } from '../../i18n/rawEnumCodes';
import './i18n';

/** The judges tab's texts (groups judges and panel of the event namespace) with their key paths. */
function texts(language: string): Map<string, string> {
  const bundle = i18n.getResourceBundle(language, 'event') as Record<string, Record<string, string>>;
  return new Map(['judges', 'panel'].flatMap((group) => Object.entries(bundle[group]).map(([key, text]) => [`${group}.${key}`, text] as const)));
}

const withoutPlural = (key: string) => key.replace(/_(one|other)$/, '');
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('the judges tab’s texts', () => {
  const zh = texts('zh-CN');
  const en = texts('en');

  it('exist in both languages with the same placeholders', () => {
    expect([...new Set([...en.keys()].map(withoutPlural))].sort()).toEqual([...new Set([...zh.keys()].map(withoutPlural))].sort());
    for (const [key, text] of en) {
      const chinese = zh.get(key) ?? zh.get(`${withoutPlural(key)}_other`)!;
      expect(placeholders(text), key).toEqual(placeholders(chinese));
    }
  });

  it('count in English with a singular and a plural', () => {
    for (const key of zh.keys()) if (key.endsWith('_other')) expect(en.has(key.replace(/_other$/, '_one')), key).toBe(true);
    const t = i18n.getFixedT('en', 'event');
    expect(t('panel.replacedCount', { count: 1 })).toBe('1 more was replaced (their marks stay)');
    expect(t('panel.replacedCount', { count: 2 })).toBe('2 more were replaced (their marks stay)');
  });

  it('show Chinese readers no API code and no English words', () => {
    for (const [key, text] of zh) {
      expect(rawEnumCodesIn(text), key).toEqual([]);
      expect(text.replace(/\{\{\w+\}\}/g, '').match(/[A-Za-z]{2,}/g), `${key}: ${text}`).toBeNull();
    }
  });
});
