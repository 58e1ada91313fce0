import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { biwuRoles } from '../auth/roles';
import { resultsVisibilities } from '../domain/competition';
import '../forms/i18n';
import { restrictedScreens } from '../layout/access';
import '../layout/i18n';
import '../pages/competitions/i18n';
import '../pages/hr/i18n';
import { policyGroupOrder } from '../pages/hr/policyGroups';
import '../pages/worker/i18n';
import i18n from './index';
import { apiEnumValues, rawEnumCodesIn } from './rawEnumCodes';
import { bundleTexts, placeholders, withoutPlural } from '../test/bundleTexts';

/** The namespaces of the screens and frame this check covers (the other screens' folders have their own). */
const namespaces = ['translation', 'layout', 'forms', 'hr', 'worker', 'competitions'];
/** The folders whose components read them. */
const folders = ['layout', 'auth', 'forms', 'pages/hr', 'pages/worker', 'pages/home', 'pages/competitions'];

const bundle = (language: string, ns: string) => bundleTexts(language, ns);

describe.each(namespaces)('the %s texts', (ns) => {
  const zh = bundle('zh-CN', ns);
  const en = bundle('en', ns);

  it('exist in both languages, with the same placeholders', () => {
    expect(zh.size).toBeGreaterThan(0);
    expect([...new Set([...en.keys()].map(withoutPlural))].sort()).toEqual([...new Set([...zh.keys()].map(withoutPlural))].sort());
    for (const [key, text] of en) {
      expect(text.trim(), `en ${key}`).not.toBe('');
      const chinese = zh.get(key) ?? zh.get(`${withoutPlural(key)}_other`)!;
      expect(placeholders(text), `en ${key}`).toEqual(placeholders(chinese));
    }
  });

  it('count in English with a singular and a plural (1 judge, 2 judges)', () => {
    for (const key of zh.keys()) {
      if (key.endsWith('_other')) expect(en.has(key.replace(/_other$/, '_one')), `en ${key}`).toBe(true);
    }
    for (const [key, text] of en) {
      expect(text, `en ${key}`).not.toMatch(/\(s\)/); // "rule(s)": count it instead
      if (/\{\{count\}\}/.test(text)) expect(key, `en ${key} has a count`).toMatch(/_(one|other)$/);
    }
  });

  it('show Chinese readers no API code and no English words', () => {
    // names of things, not English text
    const allowed = new Set(['Biwu', 'Keycloak', 'GraphQL', 'API', 'Excel', 'xlsx', 'graphql']);
    for (const [key, text] of zh) {
      expect(rawEnumCodesIn(text), `zh ${key}`).toEqual([]);
      const words = text.replace(/\{\{\w+\}\}/g, '').match(/[A-Za-z]{2,}/g) ?? [];
      expect(words.filter((word) => !allowed.has(word)), `zh ${key}: ${text}`).toEqual([]);
    }
  });
});

describe('the texts the components ask for', () => {
  /** [namespace, key] of every t('…') call with a fixed key, in the covered folders' components. */
  function keysUsed(): { file: string; ns: string; key: string }[] {
    const used: { file: string; ns: string; key: string }[] = [];
    for (const folder of folders) {
      for (const name of readdirSync(`src/${folder}`)) {
        if (!/\.tsx?$/.test(name) || /\.test\./.test(name)) continue;
        const file = `${folder}/${name}`;
        const source = readFileSync(`src/${file}`, 'utf8');
        for (const hook of source.matchAll(/const \{ t(?:: (\w+))? \} = useTranslation\((?:'([\w-]+)')?\)/g)) {
          const alias = hook[1] ?? 't';
          const ns = hook[2] ?? 'translation';
          for (const call of source.matchAll(new RegExp(`\\b${alias}\\(\\s*(['"\`])([^'"\`$]+)\\1`, 'g'))) used.push({ file, ns, key: call[2] });
        }
      }
    }
    return used;
  }

  const exists = (language: string, ns: string, key: string) =>
    i18n.exists(key, { lng: language, ns, fallbackLng: false }) || i18n.exists(`${key}_other`, { lng: language, ns, fallbackLng: false });

  it('are there in Chinese and in English', () => {
    const used = keysUsed();
    expect(used.length).toBeGreaterThan(100);
    for (const { file, ns, key } of used) {
      for (const language of ['zh-CN', 'en']) expect(exists(language, ns, key), `${file}: ${language} ${ns}:${key}`).toBe(true);
    }
  });

  it('are there for every value a key is built from', () => {
    const built = [
      ...biwuRoles.map((role) => ['translation', `role.${role}`]),
      ...restrictedScreens.map((screen) => ['layout', `noAccess.screen.${screen}`]),
      ...policyGroupOrder.map((group) => ['hr', `review.group.${group}`]),
      ...resultsVisibilities.map((visibility) => ['competitions', `detail.visibilityHelp.${visibility}`]),
    ];
    for (const [ns, key] of built) for (const language of ['zh-CN', 'en']) expect(exists(language, ns, key), `${language} ${ns}:${key}`).toBe(true);
  });

  it('know every API enum (the check itself reads the schema)', () => {
    expect(apiEnumValues).toContain('SCORING_CLOSED');
    expect(apiEnumValues).toContain('PROPOSED');
    expect(rawEnumCodesIn('评分结束（SCORING_CLOSED）后')).toEqual(['SCORING_CLOSED']);
    expect(rawEnumCodesIn('评分结束后')).toEqual([]);
  });
});
