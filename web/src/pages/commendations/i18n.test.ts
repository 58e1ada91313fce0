import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { apiEnum, rawEnumCodesIn } from '../../i18n/rawEnumCodes';
import { bundleTexts, expectChineseOnly, expectMatchingTexts } from '../../test/bundleTexts';
import '../../forms/i18n';
import './i18n';

/** What bundles.test.ts checks of the frame's and the other screens' texts, for the commendation's namespace. */
describe('the year-end commendation’s texts', () => {
  const zh = bundleTexts('zh-CN', 'commendations');
  const en = bundleTexts('en', 'commendations');

  it('exist in both languages, with the same placeholders, counted in English', () => expectMatchingTexts(zh, en));

  it('show Chinese readers no API code and no English words', () => {
    expectChineseOnly(zh);
    for (const [key, text] of en) expect(rawEnumCodesIn(text), `en ${key}`).toEqual([]);
  });

  it('name every nomination status', () => {
    for (const lng of ['zh-CN', 'en']) {
      for (const status of apiEnum('NominationStatus')) expect(i18n.exists(`status.${status}`, { lng, ns: 'commendations' }), status).toBe(true);
    }
  });

  it('have every fixed key the components ask for', () => {
    const used: { file: string; ns: string; key: string }[] = [];
    for (const name of readdirSync('src/pages/commendations')) {
      if (!/\.tsx?$/.test(name) || /\.test\./.test(name)) continue;
      const source = readFileSync(`src/pages/commendations/${name}`, 'utf8');
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
