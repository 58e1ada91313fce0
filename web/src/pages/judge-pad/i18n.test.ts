import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
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
});
