import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import './i18n';

/** Every text of a bundle with its key path. */
function texts(bundle: unknown, path = ''): [string, string][] {
  if (typeof bundle === 'string') return [[path, bundle]];
  return Object.entries(bundle as Record<string, unknown>).flatMap(([key, value]) => texts(value, path ? `${path}.${key}` : key));
}

describe('the scoreboard’s texts', () => {
  it('has no English or raw codes in Chinese (placeholders aside)', () => {
    const latin = texts(i18n.getResourceBundle('zh-CN', 'scoreboard')).filter(([, text]) => /[A-Za-z]/.test(text.replace(/\{\{\w+\}\}/g, '')));
    expect(latin).toEqual([]);
  });

  it('has every Chinese text in English too', () => {
    const english = new Set(texts(i18n.getResourceBundle('en', 'scoreboard')).map(([key]) => key));
    expect(texts(i18n.getResourceBundle('zh-CN', 'scoreboard')).map(([key]) => key).filter((key) => !english.has(key))).toEqual([]);
  });

  it('counts in English with singular and plural, in Chinese with one form', () => {
    const en = i18n.getFixedT('en', 'scoreboard');
    const zh = i18n.getFixedT('zh-CN', 'scoreboard');
    expect(en('provisional', { count: 1 })).toMatch(/^Awards are provisional: 1 competitor of this round is /);
    expect(en('provisionalTeam', { count: 3 })).toMatch(/^Awards are provisional: 3 teams of this round are /);
    expect(zh('provisional', { count: 2 })).toBe('奖项为暂定：本轮还有 2 名选手未评完，全部评完后奖项才确定。');
    expect(zh('awardProvisional', { award: '金牌' })).toBe('金牌（暂定）');
    expect(en('awardProvisional', { award: 'Gold' })).toBe('Gold (provisional)');
  });
});
