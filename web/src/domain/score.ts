import type { Language } from '../i18n';

/** Shown where a score, mark or rank is not there (yet, or not for this reader). */
export const noValue = '—';

const locales: Record<Language, string> = { 'zh-CN': 'zh-CN', en: 'en-US' };

/**
 * A score in points with exactly the event's scoreDecimals (85.5 with 2 decimals → "85.50"), as on a
 * results sheet. The API has rounded it half-up already; this only lays it out. No grouping: a
 * score is read digit by digit on a scoreboard.
 */
export function formatScore(value: number | null | undefined, decimals: number, language: Language = 'zh-CN'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return noValue;
  const places = Math.min(Math.max(Math.trunc(decimals), 0), 6);
  return new Intl.NumberFormat(locales[language], {
    minimumFractionDigits: places,
    maximumFractionDigits: places,
    useGrouping: false,
  }).format(value);
}

/** A judge's mark as given: no padding, at most 4 decimals (what the API accepts): 8.5, 10, 7.25. */
export function formatMark(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return noValue;
  return String(Number(value.toFixed(4)));
}

/** The range a mark may take: "0–10", "0–3". */
export function formatMarkRange(maxMark: number): string {
  return `0–${formatMark(maxMark)}`;
}

/** A module weight as a percentage: 0.3 → "30%". */
export function formatWeight(weight: number): string {
  return `${Number((weight * 100).toFixed(2))}%`;
}

/** Decimals of a number as typed (8.25 → 2): the API refuses marks with more than 4. */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const text = String(value);
  const exponent = /e-(\d+)$/.exec(text);
  if (exponent) return Number(exponent[1]) + (text.split('e')[0].split('.')[1]?.length ?? 0);
  return text.split('.')[1]?.length ?? 0;
}

/** Why a mark cannot be sent, before the API says so; null when it can. Mirrors submitMarks' checks. */
export function markProblem(value: number | null | undefined, maxMark: number): 'missing' | 'belowZero' | 'aboveMax' | 'tooManyDecimals' | null {
  if (value === null || value === undefined || Number.isNaN(value)) return 'missing';
  if (value < 0) return 'belowZero';
  if (value > maxMark) return 'aboveMax';
  if (decimalsOf(value) > 4) return 'tooManyDecimals';
  return null;
}
