import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { rawEnumCodesIn } from '../../i18n/rawEnumCodes';
import { bundleTexts, placeholders, withoutPlural } from '../../test/bundleTexts';
import './i18n';

describe('the statistics dashboard’s texts', () => {
  const zh = bundleTexts('zh-CN', 'statistics');
  const en = bundleTexts('en', 'statistics');

  it('are all in English too, with the same placeholders', () => {
    expect(zh.size).toBeGreaterThan(10);
    expect([...new Set([...en.keys()].map(withoutPlural))].sort()).toEqual([...new Set([...zh.keys()].map(withoutPlural))].sort());
    for (const [key, text] of en) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(zh.get(key) ?? zh.get(`${withoutPlural(key)}_other`) ?? ''));
    }
  });

  it('show Chinese readers no English and no API code (placeholders aside)', () => {
    for (const [key, text] of zh) {
      expect(text.replace(/\{\{\w+\}\}/g, ''), key).not.toMatch(/[A-Za-z]/);
      expect(rawEnumCodesIn(text), key).toEqual([]);
    }
  });

  it('say which competitions are counted', () => {
    const t = i18n.getFixedT('zh-CN', 'statistics');
    expect(t('scope', { name: '济南市总工会', year: 2026 })).toBe('济南市总工会及其下级单位主办、2026 年开始并已立项的劳动竞赛');
    expect(t('empty', { name: '济南市总工会', year: 2025 })).toBe('济南市总工会及其下级单位在 2025 年没有已立项的劳动竞赛');
  });
});
