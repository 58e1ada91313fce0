import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { rawEnumCodesIn } from '../../i18n/rawEnumCodes';
import '../event/i18n';
import './i18n';
import { presetHasSource, presetIds } from './presets';

/** Every text of a bundle with its key path. */
function texts(bundle: unknown, path = ''): [string, string][] {
  if (typeof bundle === 'string') return [[path, bundle]];
  return Object.entries(bundle as Record<string, unknown>).flatMap(([key, value]) => texts(value, path ? `${path}.${key}` : key));
}

const withoutPlural = (key: string) => key.replace(/_(one|other)$/, '');
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** The event wizard's texts, and the event page's edit drawer's (the eventEdit group of `event`). */
const bundles = {
  'event-wizard': (language: string) => texts(i18n.getResourceBundle(language, 'event-wizard')),
  'event:eventEdit': (language: string) => texts((i18n.getResourceBundle(language, 'event') as Record<string, unknown>).eventEdit, 'eventEdit'),
};

describe.each(Object.entries(bundles))('the %s texts', (_, read) => {
  it('have no English and no API code in Chinese (placeholders and names aside)', () => {
    const names = /WorldSkills/g;
    const zh = read('zh-CN');
    expect(zh.length).toBeGreaterThan(10);
    expect(zh.filter(([, text]) => /[A-Za-z]/.test(text.replace(/\{\{\w+\}\}/g, '').replace(names, '')))).toEqual([]);
    expect(zh.filter(([, text]) => rawEnumCodesIn(text).length > 0)).toEqual([]);
  });

  it('are all in English, with the same placeholders, counted with a singular and a plural', () => {
    const zh = new Map(read('zh-CN'));
    const en = new Map(read('en'));
    expect([...new Set([...en.keys()].map(withoutPlural))].sort()).toEqual([...new Set([...zh.keys()].map(withoutPlural))].sort());
    for (const [key, text] of en) {
      const chinese = zh.get(key) ?? zh.get(`${withoutPlural(key)}_other`) ?? '';
      expect(placeholders(text), key).toEqual(placeholders(chinese));
      if (key.endsWith('_other')) expect(en.has(key.replace(/_other$/, '_one')), key).toBe(true);
    }
  });
});

describe('copy to the next round, in words', () => {
  it('counts the modules it replaces', () => {
    const en = i18n.getFixedT('en', 'event-wizard');
    const zh = i18n.getFixedT('zh-CN', 'event-wizard');
    expect(en('copyRound.confirmBody', { count: 1, from: 'Heat', to: 'Final' })).toMatch(/^The 1 module of “Final” and its aspects/);
    expect(en('copyRound.confirmBody', { count: 2, from: 'Heat', to: 'Final' })).toMatch(/^The 2 modules of “Final” and their aspects/);
    expect(zh('copyRound.confirmBody', { count: 2, from: '预赛', to: '决赛' })).toMatch(/^“决赛”现有的 2 个模块/);
  });
});

describe('the presets, in words', () => {
  const zh = i18n.getFixedT('zh-CN', 'event-wizard');
  const en = i18n.getFixedT('en', 'event-wizard');

  it('name every preset and say what it does; a template says where it comes from, in both languages', () => {
    const exists = (lng: string, key: string) => i18n.exists(key, { lng, ns: 'event-wizard', fallbackLng: false });
    for (const preset of presetIds) {
      for (const lng of ['zh-CN', 'en']) {
        expect(exists(lng, `preset.${preset}`), `${lng} ${preset}`).toBe(true);
        expect(exists(lng, `preset.${preset}Help`), `${lng} ${preset}`).toBe(true);
        expect(exists(lng, `preset.${preset}Source`), `${lng} ${preset}`).toBe(presetHasSource(preset));
      }
    }
    expect(zh('preset.majorProject')).toBe('重点工程劳动竞赛 “六比一创”');
    expect(zh('preset.majorProjectSource')).toMatch(/^依据：全总《重大工程建设劳动和技能竞赛工作指南》（2018年）/);
    expect(zh('preset.serviceWindowSource')).toContain('闽工〔2018〕24号');
    // what rests on a report rather than the document itself says so
    expect(zh('preset.developmentStrategySource')).toContain('未见原文');
    expect(zh('preset.centralTaskSource')).toContain('未见原文');
    expect(en('preset.centralTaskSource')).toContain('original not seen');
  });

  it('name the effects of an aspect', () => {
    expect(['ADD', 'DEDUCT', 'VETO'].map((effect) => zh(`effect.${effect}`))).toEqual(['加分', '扣分', '一票否决']);
    expect(['ADD', 'DEDUCT', 'VETO'].map((effect) => en(`effect.${effect}`))).toEqual(['Add', 'Deduct', 'Veto']);
  });
});
