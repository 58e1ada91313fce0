import type { WizardRound } from './presets';

/**
 * Copying a round's scheme to the next round: a labor competition's periods (quarters, stages) and a skill
 * contest's heats are often marked by one scheme, so the organizer enters it once and copies it on.
 * Aspect and module codes stay as they are: codes are unique within a round, and a judge given an aspect
 * marks it in every round that has it.
 */

/** A round code not yet taken: the code's trailing number raised (Q1 → Q2, R9 → R10), else R2, R3 …. */
export function freshRoundCode(rounds: readonly Pick<WizardRound, 'code'>[], from: string): string {
  const taken = new Set(rounds.map((round) => round?.code?.trim()));
  const numbered = /^(.*?)(\d+)$/.exec(from.trim());
  const stem = numbered ? numbered[1] : 'R';
  let n = numbered ? Number(numbered[2]) + 1 : rounds.length + 1;
  while (taken.has(`${stem}${n}`)) n++;
  return `${stem}${n}`;
}

/** The next round's name: its trailing number raised (阶段1 → 阶段2, Q1 → Q2), else `fallback` (第一季度 has none). */
export function nextRoundName(from: string, fallback: string): string {
  const numbered = /^(.*?)(\d+)$/.exec(from.trim());
  return numbered ? `${numbered[1]}${Number(numbered[2]) + 1}` : fallback;
}

/** Whether copying round `index` replaces modules the next round has (and so needs the organizer's yes). */
export function copyReplacesModules(rounds: readonly WizardRound[], index: number): boolean {
  return (rounds[index + 1]?.modules?.length ?? 0) > 0;
}

/**
 * The rounds after copying round `index`'s modules and aspects to the next round: the next round keeps its
 * code, name, advancing count and carried-over rounds and gets a copy of the modules in place of its own;
 * when there is no next round, one is added with `fresh`'s code and name, advancing everyone, carrying nothing.
 */
export function copyRoundToNext(rounds: readonly WizardRound[], index: number, fresh: { code: string; name: string }): WizardRound[] {
  const source = rounds[index];
  if (!source) return [...rounds];
  const modules = structuredClone(source.modules ?? []);
  const next = rounds[index + 1];
  if (next) return rounds.map((round, r) => (r === index + 1 ? { ...round, modules } : round));
  return [...rounds, { code: fresh.code, name: fresh.name, advancingCount: null, rankingIncludes: [], modules }];
}
