export interface PersonName {
  givenName?: string;
  familyName?: string;
}

/** Han characters: a name written in them is a Chinese name (李 + 明华). */
const han = /\p{Script=Han}/u;

/**
 * A Chinese name is written family name first with no space, in Chinese and in English alike
 * (李 + 明华 → 李明华: an English text about a Chinese person writes 李明华, or Li Minghua in pinyin).
 * A name in Latin script keeps its own order, "given family" (Minghua Li, John Smith), whatever the
 * UI language. Falls back to the username when the token has no name.
 */
export function formatPersonName({ givenName, familyName }: PersonName, username: string): string {
  const given = givenName?.trim() ?? '';
  const family = familyName?.trim() ?? '';
  if (!given && !family) return username;
  if (han.test(given) || han.test(family)) return `${family}${given}`;
  return [given, family].filter(Boolean).join(' ');
}
