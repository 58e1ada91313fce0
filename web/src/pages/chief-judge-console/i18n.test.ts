import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { apiEnum, rawEnumCodesIn } from '../../i18n/rawEnumCodes';
import { bundleTexts, expectChineseOnly, expectMatchingTexts } from '../../test/bundleTexts';
import '../../forms/i18n';
import './i18n';

/** What bundles.test.ts checks of the frame's and the other screens' texts, for the chief judge's console. */
describe('the chief judge’s console’s texts', () => {
  const zh = bundleTexts('zh-CN', 'chief-judge-console');
  const en = bundleTexts('en', 'chief-judge-console');

  it('exist in both languages, with the same placeholders, counted in English', () => {
    expect(zh.size).toBeGreaterThan(40);
    expectMatchingTexts(zh, en);
  });

  it('show Chinese readers no API code and no English words', () => {
    expectChineseOnly(zh);
    for (const [key, text] of en) expect(rawEnumCodesIn(text), `en ${key}`).toEqual([]);
  });

  it('name every action of the audit trail', () => {
    for (const lng of ['zh-CN', 'en']) {
      for (const action of apiEnum('AuditAction')) expect(i18n.exists(`trail.actionName.${action}`, { lng, ns: 'chief-judge-console', fallbackLng: false }), `${lng} ${action}`).toBe(true);
    }
  });

  it('count in English with a singular and a plural, in Chinese with one form', () => {
    const t = i18n.getFixedT('en', 'chief-judge-console');
    const zhT = i18n.getFixedT('zh-CN', 'chief-judge-console');
    expect(t('verify.valid', { count: 1 })).toBe('The audit chain is intact: its 1 entry matches');
    expect(t('verify.valid', { count: 4 })).toBe('The audit chain is intact: all 4 entries match');
    expect(t('trail.shown', { shown: 1, count: 1 })).toBe('1 of 1 entry shown');
    expect(zhT('verify.valid', { count: 4 })).toBe('审计链完整：4 条记录逐条吻合');
    expect(zhT('locks.summary', { locked: 1, count: 2 })).toBe('已锁定 1/2 个模块');
    expect(t('discrepancies.count', { count: 1 })).toBe('1 discrepancy');
    expect(t('discrepancies.count', { count: 3 })).toBe('3 discrepancies');
    expect(zhT('discrepancies.count', { count: 3 })).toBe('3 处分歧');
  });

  it('have every fixed key the components ask for', () => {
    const used: { file: string; ns: string; key: string }[] = [];
    for (const name of readdirSync('src/pages/chief-judge-console')) {
      if (!/\.tsx?$/.test(name) || /\.test\./.test(name)) continue;
      const source = readFileSync(`src/pages/chief-judge-console/${name}`, 'utf8');
      for (const hook of source.matchAll(/const \{ t(?:: (\w+))? \} = useTranslation\((?:'([\w-]+)')?\)/g)) {
        const alias = hook[1] ?? 't';
        for (const call of source.matchAll(new RegExp(`\\b${alias}\\(\\s*(['"\`])([^'"\`$]+)\\1`, 'g'))) used.push({ file: name, ns: hook[2] ?? 'translation', key: call[2] });
      }
    }
    expect(used.length).toBeGreaterThan(40);
    for (const { file, ns, key } of used) {
      for (const lng of ['zh-CN', 'en']) {
        const there = i18n.exists(key, { lng, ns, fallbackLng: false }) || i18n.exists(`${key}_other`, { lng, ns, fallbackLng: false });
        expect(there, `${file}: ${lng} ${ns}:${key}`).toBe(true);
      }
    }
  });
});
