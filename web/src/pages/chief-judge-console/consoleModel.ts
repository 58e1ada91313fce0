import dayjs from 'dayjs';
import { formatMark, noValue } from '../../domain/score';

/* The chief judge's console in plain functions: the round it opens on, names from the scheme, an audit entry in words. */

export interface ConsoleAspect {
  code: string;
  name: string;
  maxSpread?: number | null;
}

export interface ConsoleModule {
  code: string;
  name: string;
  aspects: readonly ConsoleAspect[];
}

export interface ConsoleLock {
  module: string;
  lockedBy: string;
  lockedAt: string;
}

export interface ConsoleRound {
  code: string;
  name: string;
  sequence: number;
  modules: readonly ConsoleModule[];
  locks: readonly ConsoleLock[];
}

/** The colour of each audit action's tag: entries blue, corrections orange (an appeal's purple), locks red, reopenings green. */
export const auditActionColors: Readonly<Record<string, string>> = {
  ENTERED: 'blue',
  CORRECTED: 'orange',
  APPEAL_CORRECTED: 'purple',
  LOCKED: 'red',
  REOPENED: 'green',
};

/** The rounds in their order. */
export function roundsInOrder<R extends Pick<ConsoleRound, 'sequence'>>(rounds: readonly R[]): R[] {
  return [...rounds].sort((a, b) => a.sequence - b.sequence);
}

/** The module's lock in the round, if it is locked. */
export function lockOf(round: Pick<ConsoleRound, 'locks'>, module: string): ConsoleLock | undefined {
  return round.locks.find((lock) => lock.module === module);
}

/**
 * The round the console opens on when the address names none: the first (in order) with a module still open,
 * where the chief judge's work is; the last when every module of every round is locked.
 */
export function defaultRound<R extends ConsoleRound>(rounds: readonly R[]): R | undefined {
  const ordered = roundsInOrder(rounds);
  return ordered.find((round) => round.modules.some((module) => !lockOf(round, module.code))) ?? ordered[ordered.length - 1];
}

/** Whether the caller is a chief judge of the panel who has not been replaced. */
export function leadsPanel(judges: readonly { role: string; username?: string | null; active: boolean }[], username: string): boolean {
  return !!username && judges.some((judge) => judge.active && judge.role === 'CHIEF_JUDGE' && judge.username === username);
}

/** Names of the scheme's rounds, modules and aspects, by code; a code the scheme lacks (a scheme changed since) as it is. */
export interface SchemeNames {
  round(code: string): string;
  module(round: string, code: string): string;
  aspect(round: string, code: string): string;
  /** The aspect's largest allowed spread, in points; null when it has none. */
  maxSpread(round: string, aspect: string): number | null;
}

export function schemeNames(rounds: readonly Pick<ConsoleRound, 'code' | 'name' | 'modules'>[]): SchemeNames {
  const roundNames = new Map(rounds.map((r) => [r.code, r.name]));
  const modules = new Map<string, string>();
  const aspects = new Map<string, ConsoleAspect>();
  for (const round of rounds) {
    for (const module of round.modules) {
      modules.set(`${round.code}|${module.code}`, module.name);
      for (const aspect of module.aspects) aspects.set(`${round.code}|${aspect.code}`, aspect);
    }
  }
  return {
    round: (code) => roundNames.get(code) ?? code,
    module: (round, code) => modules.get(`${round}|${code}`) ?? code,
    aspect: (round, code) => aspects.get(`${round}|${code}`)?.name ?? code,
    maxSpread: (round, code) => aspects.get(`${round}|${code}`)?.maxSpread ?? null,
  };
}

/** Whether any aspect of the round has a largest allowed spread (otherwise nothing is checked). */
export function checksSpread(round: Pick<ConsoleRound, 'modules'>): boolean {
  return round.modules.some((module) => module.aspects.some((aspect) => aspect.maxSpread != null));
}

/** A mark's change as an audit entry records it: "7 → 7.5" for a correction, "7.5" for an entry, — for a lock. */
export function valueChange(value: number | null | undefined, previousValue: number | null | undefined): string {
  if (previousValue != null) return `${formatMark(previousValue)} → ${formatMark(value)}`;
  return value != null ? formatMark(value) : noValue;
}

/** The judges' marks of an attempt, in the panel's order: "7 / 9.5 / 8". */
export function markValues(values: readonly number[]): string {
  return values.map(formatMark).join(' / ');
}

/** The hash as the table shows it: its first 12 hex digits (the whole of it in a tooltip). */
export function shortHash(hash: string): string {
  return hash.slice(0, 12);
}

/** An instant of the trail in the reader's time zone, to the second: 2026-05-10 14:03:27. */
export function formatInstant(at: string): string {
  const when = dayjs(at);
  return when.isValid() ? when.format('YYYY-MM-DD HH:mm:ss') : at;
}
