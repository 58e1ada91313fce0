import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { apiEnum } from '../../i18n/rawEnumCodes';
import { bundleTexts, expectChineseOnly, expectMatchingTexts } from '../../test/bundleTexts';
import './i18n';

/**
 * The publication's and the appeals' texts of `competitions` (src/i18n/bundles.test.ts checks the whole namespace and
 * the keys its components ask for; this holds the new groups to each other and names what is built from API codes).
 */
describe.each(['publication', 'appeals', 'decide'])('the %s texts', (group) => {
  const zh = bundleTexts('zh-CN', 'competitions', group);
  const en = bundleTexts('en', 'competitions', group);

  it('exist in both languages, with the same placeholders, counted in English', () => {
    expect(zh.size).toBeGreaterThan(3);
    expectMatchingTexts(zh, en);
  });

  it('show Chinese readers no API code and no English words', () => expectChineseOnly(zh));
});

describe('the appeals in words', () => {
  it('name every status of an appeal, in both languages', () => {
    for (const lng of ['zh-CN', 'en']) {
      for (const status of apiEnum('AppealStatus')) {
        expect(i18n.exists(`appeals.status.${status}`, { lng, ns: 'competitions', fallbackLng: false }), `${lng} ${status}`).toBe(true);
      }
    }
    const zh = i18n.getFixedT('zh-CN', 'competitions');
    expect(['OPEN', 'UPHELD', 'DISMISSED'].map((s) => zh(`appeals.status.${s}`))).toEqual(['待裁决', '申诉成立', '驳回']);
  });

  it('count what waits in English with a singular and a plural, in Chinese with one form', () => {
    expect(i18n.getFixedT('en', 'competitions')('appeals.open', { count: 1 })).toBe('1 waiting for a decision');
    expect(i18n.getFixedT('zh-CN', 'competitions')('appeals.open', { count: 3 })).toBe('3 件待裁决');
  });

  it('say what is left of the notice period in both languages', () => {
    const left = { days: 2, hours: 5, minutes: 1 };
    expect(i18n.getFixedT('zh-CN', 'competitions')('publication.left', left)).toBe('公示期还剩 2 天 5 小时 1 分');
    expect(i18n.getFixedT('en', 'competitions')('publication.left', left)).toBe('Notice period: 2 d 5 h 1 min left');
  });
});
