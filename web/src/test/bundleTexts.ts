import i18n from '../i18n';

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
