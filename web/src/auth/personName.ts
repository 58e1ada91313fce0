import type { Language } from '../i18n';

export interface PersonName {
  givenName?: string;
  familyName?: string;
}

/**
 * Chinese writes the family name first with no space (李 + 明华 → 李明华);
 * English writes "given family". Falls back to the username when the token has no name.
 */
export function formatPersonName({ givenName, familyName }: PersonName, language: Language, username: string): string {
  const given = givenName?.trim() ?? '';
  const family = familyName?.trim() ?? '';
  if (!given && !family) return username;
  return language === 'zh-CN' ? `${family}${given}` : [given, family].filter(Boolean).join(' ');
}
