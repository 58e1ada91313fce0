import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { bundleTexts, expectChineseOnly, expectMatchingTexts } from '../../test/bundleTexts';
import '../../forms/i18n';
import '../competitions/i18n';
import './i18n';

/** What bundles.test.ts checks of the frame's and the other screens' texts, for the labor screens' namespace. */
describe('the labor screens’ texts', () => {
  const zh = bundleTexts('zh-CN', 'labor');
  const en = bundleTexts('en', 'labor');

  it('exist in both languages, with the same placeholders, counted in English', () => expectMatchingTexts(zh, en));

  it('show Chinese readers no API code and no English words', () => {
    expectChineseOnly(zh);
  });

  it('name every indicator effect, approval status and review decision', () => {
    for (const language of ['zh-CN', 'en']) {
      for (const effect of ['ADD', 'DEDUCT', 'VETO']) expect(i18n.exists(`assess.effect.${effect}`, { lng: language, ns: 'labor' }), effect).toBe(true);
      for (const status of ['NOT_DECLARED', 'DECLARED', 'RETURNED', 'APPROVED']) {
        expect(i18n.exists(`approval.status.${status}`, { lng: language, ns: 'competitions' }), status).toBe(true);
        expect(i18n.exists(`approval.help.${status}`, { lng: language, ns: 'competitions' }), status).toBe(true);
      }
      for (const decision of ['APPROVE', 'RECOMMEND', 'RETURN']) {
        expect(i18n.exists(`approval.decision.${decision}`, { lng: language, ns: 'competitions' }), decision).toBe(true);
        for (const part of ['Title', 'Body', 'Ok', 'Done']) expect(i18n.exists(`approval.${decision.toLowerCase()}${part}`, { lng: language, ns: 'competitions' })).toBe(true);
      }
    }
  });

  it('have every fixed key the labor components ask for', () => {
    const used: { file: string; ns: string; key: string }[] = [];
    for (const name of readdirSync('src/pages/labor')) {
      if (!/\.tsx?$/.test(name) || /\.test\./.test(name)) continue;
      const source = readFileSync(`src/pages/labor/${name}`, 'utf8');
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
