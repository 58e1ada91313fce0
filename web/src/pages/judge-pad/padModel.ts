/**
 * What the judge pad shows, worked out from the event, the panel and the marks: who may be marked, by
 * whom, which marks are in, which are missing. Plain functions over plain data, so they are tested
 * without rendering; the shapes are the parts of the API's types the pad reads.
 */
import { slotKey, type QueuedBatch, type QueuedMark, type RefusedMark } from './markQueue';

export interface PadAspect {
  code: string;
  name: string;
  kind: string;
  maxMark: number;
  /** Marks expected per attempt. */
  judges: number;
  attempts: number;
}

export interface PadModule {
  code: string;
  name: string;
  weight?: number;
  aspects: readonly PadAspect[];
}

export interface PadRound {
  code: string;
  name: string;
  sequence: number;
  modules: readonly PadModule[];
}

export interface PadJudge {
  id: string;
  name: string;
  role: string;
  username?: string | null;
  affiliation?: string | null;
}

export interface PadRegistration {
  id: string;
  bib: string;
  affiliation?: string | null;
  team?: string | null;
  status: string;
  competitor: { name: string };
}

export interface PadMark {
  aspect: string;
  attempt: number;
  round: string;
  value: number;
  difficulty?: number | null;
  judge: { id: string };
  registration: { id: string };
}

/** As the API compares affiliations for 回避: trimmed, case-insensitive, blank never matches. */
export function sameAffiliation(a?: string | null, b?: string | null): boolean {
  return !!a && !!b && a.trim() !== '' && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Judges and chief judges give marks; a scorekeeper only types in theirs. */
export function givesMarks(judge: Pick<PadJudge, 'role'>): boolean {
  return judge.role !== 'SCOREKEEPER';
}

/** The caller's own marking place on the panel (as judge or chief judge), if any. */
export function ownPlace(judges: readonly PadJudge[], username: string): PadJudge | undefined {
  return judges.find((j) => j.username === username && givesMarks(j));
}

/** Scorekeepers, chief judges and organizers enter paper sheets for any judge of the panel. */
export function entersForOthers(judges: readonly PadJudge[], username: string, roles: readonly string[]): boolean {
  return roles.includes('organizer') || judges.some((j) => j.username === username && j.role !== 'JUDGE');
}

export interface MarkableRegistration extends PadRegistration {
  /** Same affiliation as the judge, recorded as a conflict (FLAG policy). */
  conflict: boolean;
}

/**
 * The competitors this judge may mark, by bib: not withdrawn, and under the BLOCK policy (回避) not of
 * the judge's own affiliation; under FLAG they stay, marked as a conflict.
 */
export function markableRegistrations(
  registrations: readonly PadRegistration[],
  judge: Pick<PadJudge, 'affiliation'> | undefined,
  conflictPolicy: string,
): MarkableRegistration[] {
  return registrations
    .filter((r) => r.status !== 'WITHDRAWN')
    .map((r) => ({ ...r, conflict: sameAffiliation(judge?.affiliation, r.affiliation) }))
    .filter((r) => !(r.conflict && conflictPolicy === 'BLOCK'))
    .sort((a, b) => a.bib.localeCompare(b.bib, 'zh-CN', { numeric: true }));
}

/** True when not every marking judge of the panel marks this aspect (e.g. one measurer of three): a judge may leave it. */
export function sharedAspect(aspect: PadAspect, markingJudges: number): boolean {
  return aspect.judges < markingJudges;
}

export interface Slot {
  module: PadModule;
  aspect: PadAspect;
  attempt: number;
}

/** Every aspect attempt of a round, in marking-scheme order. */
export function slotsOf(round: PadRound): Slot[] {
  return round.modules.flatMap((module) =>
    module.aspects.flatMap((aspect) => Array.from({ length: aspect.attempts }, (_, i) => ({ module, aspect, attempt: i + 1 }))),
  );
}

export interface SlotRef {
  registrationId: string;
  round: string;
  aspect: string;
  attempt: number;
  judgeId: string;
}

/** The marks of the API by slot (registration, round, aspect, attempt, judge). */
export function marksBySlot(marks: readonly PadMark[]): Map<string, PadMark> {
  return new Map(
    marks.map((m) => [
      slotKey({ registrationId: m.registration.id, round: m.round, aspect: m.aspect, attempt: m.attempt, judgeId: m.judge.id }),
      m,
    ]),
  );
}

/** The latest queued (not yet answered) value of each slot: later batches win, as they will on the server. */
export function pendingBySlot(batches: readonly QueuedBatch[]): Map<string, QueuedMark> {
  const pending = new Map<string, QueuedMark>();
  for (const batch of batches) for (const mark of batch.marks) pending.set(slotKey(mark), mark);
  return pending;
}

export function refusedBySlot(refused: readonly RefusedMark[]): Map<string, RefusedMark[]> {
  const bySlot = new Map<string, RefusedMark[]>();
  for (const r of refused) {
    const key = slotKey(r.mark);
    bySlot.set(key, [...(bySlot.get(key) ?? []), r]);
  }
  return bySlot;
}

export type SlotState = 'saved' | 'pending' | 'refused' | 'missing';

/** What the pad says about one slot: refused beats pending beats saved. */
export function slotState(key: string, saved: Map<string, PadMark>, pending: Map<string, QueuedMark>, refused: Map<string, RefusedMark[]>): SlotState {
  if (refused.has(key)) return 'refused';
  if (pending.has(key)) return 'pending';
  if (saved.has(key)) return 'saved';
  return 'missing';
}

export interface Progress {
  /** Slots with a mark stored or queued. */
  done: number;
  /** Slots this judge is expected to fill: every attempt of an aspect all judges mark, plus shared ones they filled. */
  expected: number;
  missing: number;
}

/** How far one judge is with one competitor in one round. */
export function progressOf(
  round: PadRound,
  registrationId: string,
  judgeId: string,
  markingJudges: number,
  saved: Map<string, PadMark>,
  pending: Map<string, QueuedMark>,
): Progress {
  let done = 0;
  let expected = 0;
  for (const { aspect, attempt } of slotsOf(round)) {
    const key = slotKey({ registrationId, round: round.code, aspect: aspect.code, attempt, judgeId });
    const filled = saved.has(key) || pending.has(key);
    if (filled) done += 1;
    if (filled || !sharedAspect(aspect, markingJudges)) expected += 1;
  }
  return { done, expected, missing: expected - done };
}

/** The key of an attempt (all judges): its difficulty coefficient is one value for every mark of it. */
export function attemptKey(registrationId: string, round: string, aspect: string, attempt: number): string {
  return [registrationId, round, aspect, attempt].join('|');
}

/** The difficulty already given for an attempt, from the judge's stored or queued marks. */
export function knownDifficulty(
  registrationId: string,
  round: string,
  aspect: string,
  attempt: number,
  marks: Iterable<PadMark | QueuedMark>,
): number | null {
  let found: number | null = null;
  for (const m of marks) {
    const reg = 'registration' in m ? m.registration.id : m.registrationId;
    if (reg === registrationId && m.round === round && m.aspect === aspect && m.attempt === attempt && m.difficulty != null) {
      found = m.difficulty;
    }
  }
  return found;
}
