import { expect } from 'vitest';
import i18n from '../i18n';
import { rawEnumCodesIn } from '../i18n/rawEnumCodes';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') texts.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) texts.set(k, v);
  }
  return texts;
}

/**
 * The texts of a namespace (or of one group of it) in a language, by dotted key (`group.key`), for the
 * tests that hold the Chinese and English bundles to each other.
 */
export function bundleTexts(language: string, ns: string, group?: string): Map<string, string> {
  const tree = i18n.getResourceBundle(language, ns) as Tree;
  return flatten(group ? (tree[group] as Tree) : tree, group ? `${group}.` : '');
}

/** A key without its plural suffix (`judges_one` → `judges`). */
export const withoutPlural = (key: string) => key.replace(/_(one|other)$/, '');

/** A text's placeholders (`{{count}}` → `count`), sorted. */
export const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/**
 * Holds a bundle's Chinese and English texts to each other: the same keys (a plural aside), no empty
 * English text, the same placeholders, and an English text with `{{count}}` given as `_one` and `_other`.
 */
export function expectMatchingTexts(zh: Map<string, string>, en: Map<string, string>) {
  expect([...new Set([...en.keys()].map(withoutPlural))].sort()).toEqual([...new Set([...zh.keys()].map(withoutPlural))].sort());
  for (const [key, text] of en) {
    expect(text.trim(), `en ${key}`).not.toBe('');
    expect(placeholders(text), `en ${key}`).toEqual(placeholders(zh.get(key) ?? zh.get(`${withoutPlural(key)}_other`)!));
    if (/\{\{count\}\}/.test(text)) expect(key, `en ${key} has a count`).toMatch(/_(one|other)$/);
  }
  for (const key of zh.keys()) if (key.endsWith('_other')) expect(en.has(key.replace(/_other$/, '_one')), `en ${key}`).toBe(true);
}

/** Chinese texts show no API code and no English word (two letters or more) but the names in `allowed`. */
export function expectChineseOnly(zh: Map<string, string>, allowed: string[] = []) {
  for (const [key, text] of zh) {
    expect(rawEnumCodesIn(text), `zh ${key}`).toEqual([]);
    const words = text.replace(/\{\{\w+\}\}/g, '').match(/[A-Za-z]{2,}/g) ?? [];
    expect(words.filter((word) => !allowed.includes(word)), `zh ${key}: ${text}`).toEqual([]);
  }
}
