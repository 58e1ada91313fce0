import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { competitionStatuses } from '../../domain/competition';
import '../../forms/i18n';
import i18n from '../../i18n';
import { apiEnum } from '../../i18n/rawEnumCodes';
import '../roster-import/i18n';
import './i18n';
import { bundleTexts, expectChineseOnly, expectMatchingTexts } from '../../test/bundleTexts';
import { registrationActions } from './registrationActions';

/**
 * The roster's texts: the competitors/registration groups of `event` (the rest of that namespace is the other
 * tabs') and the whole `roster-import` namespace, checked as src/i18n/bundles.test.ts checks the frame's.
 */
const groups: { ns: string; group?: string }[] = [
  { ns: 'event', group: 'competitors' },
  { ns: 'event', group: 'register' },
  { ns: 'event', group: 'registrationEdit' },
  { ns: 'roster-import' },
];
/** The components that read them, for the keys they ask for. */
const files = [
  'pages/event/CompetitorsTab.tsx',
  'pages/event/RegisterCompetitorForm.tsx',
  'pages/event/RegistrationDrawer.tsx',
  'pages/event/RegistrationHistory.tsx',
  'pages/event/RegistrationRowActions.tsx',
  'pages/event/RegistrationStatusTag.tsx',
  'pages/event/StatusChangeModal.tsx',
  'pages/event/nationalIdRule.ts',
  'pages/event/registrationRow.ts',
  'pages/roster-import/RosterImport.tsx',
];

const bundle = (language: string, { ns, group }: { ns: string; group?: string }) => bundleTexts(language, ns, group);

describe.each(groups)('the roster texts ($ns $group)', (where) => {
  const zh = bundle('zh-CN', where);
  const en = bundle('en', where);

  it('exist in both languages, with the same placeholders, counted in English', () => {
    expect(zh.size).toBeGreaterThan(5);
    expectMatchingTexts(zh, en);
  });

  // file formats and encodings, as the reader sees them
  it('show Chinese readers no API code and no English words', () => expectChineseOnly(zh, ['xlsx', 'csv', 'UTF', 'GBK']));
});

describe('the texts the roster’s components ask for', () => {
  const exists = (language: string, ns: string, key: string) =>
    i18n.exists(key, { lng: language, ns, fallbackLng: false }) || i18n.exists(`${key}_other`, { lng: language, ns, fallbackLng: false });

  it('are there in Chinese and in English, fixed keys and keys built from a value', () => {
    const used: { file: string; ns: string; key: string }[] = [];
    for (const file of files) {
      const source = readFileSync(`src/${file}`, 'utf8');
      for (const hook of source.matchAll(/const \{ t(?:: (\w+))? \} = useTranslation\((?:'([\w-]+)')?\)/g)) {
        const alias = hook[1] ?? 't';
        for (const call of source.matchAll(new RegExp(`\\b${alias}\\(\\s*(['"\`])([^'"\`$]+)\\1`, 'g'))) used.push({ file, ns: hook[2] ?? 'translation', key: call[2] });
      }
    }
    expect(used.length).toBeGreaterThan(60);
    const built = [
      ...['withdraw', 'disqualify', 'reinstate'].flatMap((change) => ['title', 'body', 'ok', 'done'].map((part) => `registrationEdit.${change}.${part}`)),
      ...['withdraw', 'disqualify'].flatMap((change) => ['reason', 'placeholder'].map((part) => `registrationEdit.${change}.${part}`)),
      ...apiEnum('RegistrationStatus').flatMap((status) =>
        competitionStatuses.flatMap((at) =>
          registrationActions(status, at).flatMap(({ action, notOffered }) => [`registrationEdit.actions.${action}`, ...(notOffered ? [`registrationEdit.notOffered.${notOffered}`] : [])]),
        ),
      ),
    ].map((key) => ({ file: 'built', ns: 'event', key }));
    for (const { file, ns, key } of [...used, ...built]) {
      for (const language of ['zh-CN', 'en']) expect(exists(language, ns, key), `${file}: ${language} ${ns}:${key}`).toBe(true);
    }
  });
});
