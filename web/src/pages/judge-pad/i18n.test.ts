import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { bundleTexts, expectChineseOnly, expectMatchingTexts } from '../../test/bundleTexts';
import './i18n';

/** Every text of a bundle with its key path. */
function texts(bundle: unknown, path = ''): [string, string][] {
  if (typeof bundle === 'string') return [[path, bundle]];
  return Object.entries(bundle as Record<string, unknown>).flatMap(([key, value]) => texts(value, path ? `${path}.${key}` : key));
}

describe('the judge pad’s texts', () => {
  it('has no English or raw codes in Chinese (placeholders aside)', () => {
    const latin = texts(i18n.getResourceBundle('zh-CN', 'judgePad')).filter(([, text]) => /[A-Za-z]/.test(text.replace(/\{\{\w+\}\}/g, '')));
    expect(latin).toEqual([]);
  });

  it('has every Chinese text in English too', () => {
    const english = new Set(texts(i18n.getResourceBundle('en', 'judgePad')).map(([key]) => key));
    expect(texts(i18n.getResourceBundle('zh-CN', 'judgePad')).map(([key]) => key).filter((key) => !english.has(key))).toEqual([]);
  });

  it('counts in English with singular and plural, in Chinese with one form', () => {
    const en = i18n.getFixedT('en', 'judgePad');
    const zh = i18n.getFixedT('zh-CN', 'judgePad');
    expect(en('pad.saveCount', { count: 1 })).toBe('Save 1 mark');
    expect(en('pad.saveCount', { count: 2 })).toBe('Save 2 marks');
    expect(en('pad.progress', { done: 3, count: 5 })).toBe('3 of 5 marked');
    expect(en('pad.complete', { count: 1 })).toBe('The 1 mark is in');
    expect(en('pad.complete', { count: 5 })).toBe('All 5 marks in');
    expect(en('outbox.answeredWithErrors', { count: 1, refused: 2 })).toBe('The server accepted 1 mark; 2 refused');
    expect(zh('pad.progress', { done: 3, count: 5 })).toBe('已评 3/5');
    expect(zh('pad.complete', { count: 5 })).toBe('已评完 5/5');
    expect(zh('pad.saveCount', { count: 1 })).toBe('保存评分（1 项）');
  });

  it('says what became of paper entries in both languages, with the same placeholders, counted in English', () => {
    const doubleEntry = (texts: Map<string, string>) => new Map([...texts].filter(([key]) => /^pad\.(paper|doubleEntry)/.test(key)));
    const zhTexts = doubleEntry(bundleTexts('zh-CN', 'judgePad'));
    expect(zhTexts.size).toBe(8);
    expectMatchingTexts(zhTexts, doubleEntry(bundleTexts('en', 'judgePad')));
    expectChineseOnly(bundleTexts('zh-CN', 'judgePad'));

    const en = i18n.getFixedT('en', 'judgePad');
    const zh = i18n.getFixedT('zh-CN', 'judgePad');
    expect(zh('pad.paperWaiting', { count: 3 })).toBe('纸质评分表双人录入：3 项已录入，等待第二位记分员核对');
    expect(en('pad.paperWaiting', { count: 1 })).toBe('Paper sheets are entered twice: 1 entry typed, waiting for a second scorekeeper to check it');
    expect(en('pad.paperWaiting', { count: 3 })).toBe('Paper sheets are entered twice: 3 entries typed, waiting for a second scorekeeper to check them');
  });
});
