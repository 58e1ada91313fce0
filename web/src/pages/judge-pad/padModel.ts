/**
 * What the judge pad shows, worked out from the event, the panel and the marks: who may be marked, by
 * whom, which marks are in, which are missing. Plain functions over plain data, so they are tested
 * without rendering; the shapes are the parts of the API's types the pad reads.
 */
import { takesPart } from '../../domain/competition';
import { decimalsOf, markProblem } from '../../domain/score';
import { slotKey, type MarkUserError, type QueuedBatch, type QueuedMark, type RefusedMark } from './markQueue';

export interface PadAspect {
  code: string;
  name: string;
  kind: string;
  maxMark: number;
  /** Marks expected per attempt. */
  judges: number;
  attempts: number;
  /** Each attempt carries a difficulty coefficient (难度系数) that its marks give; submitMarks requires it here and refuses it elsewhere. */
  difficulty: boolean;
  /** Largest allowed difference between an attempt's highest and lowest mark, in points; null: not checked. */
  maxSpread?: number | null;
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
  /** Aspect codes this judge marks (WorldSkills' judge groups); empty or absent: every aspect. */
  aspects?: readonly string[];
  /** False once replaced: the marks given stay, the place marks no more. Absent: still marking. */
  active?: boolean;
  replacedBy?: { name: string } | null;
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

/** A place that still marks: not replaced (the API refuses marks for a replaced judge, entered by anyone). */
export function isActive(judge: Pick<PadJudge, 'active'>): boolean {
  return judge.active !== false;
}

/** The panel's places that give marks now: judges and chief judges not replaced. */
export function markingJudges<J extends PadJudge>(judges: readonly J[]): J[] {
  return judges.filter((j) => givesMarks(j) && isActive(j));
}

/** The caller's own marking place on the panel (as judge or chief judge, not replaced), if any. */
export function ownPlace<J extends PadJudge>(judges: readonly J[], username: string): J | undefined {
  return judges.find((j) => j.username === username && givesMarks(j) && isActive(j));
}

/** The caller's place that another judge took over, when the caller has no other: they mark no more. */
export function replacedPlace<J extends PadJudge>(judges: readonly J[], username: string): J | undefined {
  return judges.find((j) => j.username === username && !isActive(j));
}

/** Scorekeepers, chief judges and organizers enter paper sheets for any judge of the panel (a replaced one no more). */
export function entersForOthers(judges: readonly PadJudge[], username: string, roles: readonly string[]): boolean {
  return roles.includes('organizer') || judges.some((j) => j.username === username && j.role !== 'JUDGE' && isActive(j));
}

/** Whether a judge marks an aspect: it is among their aspects, or they are given none (as the API decides). */
export function marksAspect(judge: Pick<PadJudge, 'aspects'>, aspect: string): boolean {
  return !judge.aspects?.length || judge.aspects.includes(aspect);
}

/**
 * The round as one judge marks it: only the aspects given to the judge (a judge given none marks every
 * aspect), modules without any of them left out. The pad shows, collects and counts only these.
 */
export function roundForJudge(round: PadRound, judge: Pick<PadJudge, 'aspects'>): PadRound {
  if (!judge.aspects?.length) return round;
  return {
    ...round,
    modules: round.modules
      .map((module) => ({ ...module, aspects: module.aspects.filter((aspect) => marksAspect(judge, aspect.code)) }))
      .filter((module) => module.aspects.length > 0),
  };
}

export interface MarkableRegistration extends PadRegistration {
  /** Same affiliation as the judge, recorded as a conflict (FLAG policy). */
  conflict: boolean;
}

/** The competitors who take part (pending or confirmed): the API takes no marks for a withdrawn or disqualified one. */
export function takingPart<R extends Pick<PadRegistration, 'status'>>(registrations: readonly R[]): R[] {
  return registrations.filter((r) => takesPart(r.status));
}

/**
 * The competitors this judge may mark, by bib: those taking part, and under the BLOCK policy (回避) not of
 * the judge's own affiliation; under FLAG they stay, marked as a conflict.
 */
export function markableRegistrations(
  registrations: readonly PadRegistration[],
  judge: Pick<PadJudge, 'affiliation'> | undefined,
  conflictPolicy: string,
): MarkableRegistration[] {
  return takingPart(registrations)
    .map((r) => ({ ...r, conflict: sameAffiliation(judge?.affiliation, r.affiliation) }))
    .filter((r) => !(r.conflict && conflictPolicy === 'BLOCK'))
    .sort((a, b) => a.bib.localeCompare(b.bib, 'zh-CN', { numeric: true }));
}

/** True when not every marking judge of the panel marks this aspect (e.g. one measurer of three): whoever marks it first gives it. */
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
  /** Marks of this judge stored or queued. */
  done: number;
  /** Marks this judge is expected to give: one per attempt of every aspect of the round (see progressOf). */
  expected: number;
  missing: number;
}

/** Who has given a mark (stored or queued) for each attempt, by attemptKey: the judges' ids. */
export function judgesByAttempt(saved: Map<string, PadMark>, pending: Map<string, QueuedMark>): Map<string, Set<string>> {
  const byAttempt = new Map<string, Set<string>>();
  const add = (registrationId: string, round: string, aspect: string, attempt: number, judgeId: string) => {
    const key = attemptKey(registrationId, round, aspect, attempt);
    const judges = byAttempt.get(key) ?? new Set<string>();
    judges.add(judgeId);
    byAttempt.set(key, judges);
  };
  for (const m of saved.values()) add(m.registration.id, m.round, m.aspect, m.attempt, m.judge.id);
  for (const m of pending.values()) add(m.registrationId, m.round, m.aspect, m.attempt, m.judgeId);
  return byAttempt;
}

/**
 * How far one judge is with one competitor in one round: of the marks the judge is expected to give,
 * one per attempt of every aspect, how many are in (stored or queued). An attempt that already has all
 * the marks its aspect expects from other judges (one measurer of three) is not expected of this one:
 * submitMarks would refuse another. The pad knows that only of the marks it may see (a chief judge,
 * scorekeeper or organizer sees the panel's, a judge only their own).
 */
export function progressOf(round: PadRound, registrationId: string, judgeId: string, marked: Map<string, Set<string>>): Progress {
  let done = 0;
  let expected = 0;
  for (const { aspect, attempt } of slotsOf(round)) {
    const judges = marked.get(attemptKey(registrationId, round.code, aspect.code, attempt));
    if (judges?.has(judgeId)) {
      done += 1;
      expected += 1;
    } else if ((judges?.size ?? 0) < aspect.judges) {
      expected += 1;
    }
  }
  return { done, expected, missing: expected - done };
}

/** Complete only when every expected mark is in; nothing expected is not "complete". */
export function progressState(progress: Progress): 'complete' | 'incomplete' | 'nothing' {
  if (progress.expected === 0) return 'nothing';
  return progress.missing === 0 ? 'complete' : 'incomplete';
}

/** Why a difficulty cannot be sent, before the API says so; null when it can: a number above 0 with at most 4 decimals. */
export function difficultyProblem(value: number | null | undefined): 'difficultyMissing' | 'difficultyNotPositive' | 'difficultyDecimals' | null {
  if (value === null || value === undefined || Number.isNaN(value)) return 'difficultyMissing';
  if (value <= 0) return 'difficultyNotPositive';
  if (decimalsOf(value) > 4) return 'difficultyDecimals';
  return null;
}

/** The key of an attempt (all judges): its difficulty coefficient is one value for every mark of it. */
export function attemptKey(registrationId: string, round: string, aspect: string, attempt: number): string {
  return [registrationId, round, aspect, attempt].join('|');
}

/** What the judge has typed and not saved: slot key → mark, or attempt key → difficulty (null: cleared). */
export type Drafts = Record<string, number | null>;

/** The values the pad shows, per slot and attempt: what is typed, else what waits to be sent, else what is stored. */
export interface PadEntries {
  shownValue(key: string): number | null;
  /** Typed and different from what is queued or stored. */
  edited(key: string): boolean;
  shownDifficulty(registrationId: string, aspect: string, attempt: number): number | null;
  difficultyEdited(registrationId: string, aspect: string, attempt: number): boolean;
}

/**
 * The pad's entries for one round, built once per change of the drafts, the queue or the stored marks
 * (behind useMemo), then read per slot without scanning the marks: an attempt's difficulty (one value
 * for every mark of the attempt) is looked up in an index of the stored marks, then the queued ones.
 */
export function padEntries(
  round: string | undefined,
  drafts: Drafts,
  difficulties: Drafts,
  saved: Map<string, PadMark>,
  pending: Map<string, QueuedMark>,
): PadEntries {
  const known = new Map<string, number>();
  for (const m of saved.values()) {
    if (m.difficulty != null) known.set(attemptKey(m.registration.id, m.round, m.aspect, m.attempt), m.difficulty);
  }
  for (const m of pending.values()) {
    if (m.difficulty != null) known.set(attemptKey(m.registrationId, m.round, m.aspect, m.attempt), m.difficulty);
  }
  const currentValue = (key: string): number | null => pending.get(key)?.value ?? saved.get(key)?.value ?? null;
  const aKey = (registrationId: string, aspect: string, attempt: number) => (round ? attemptKey(registrationId, round, aspect, attempt) : '');
  const currentDifficulty = (registrationId: string, aspect: string, attempt: number) =>
    round ? (known.get(aKey(registrationId, aspect, attempt)) ?? null) : null;
  return {
    shownValue: (key) => (key in drafts ? drafts[key] : currentValue(key)),
    edited: (key) => key in drafts && drafts[key] !== currentValue(key),
    shownDifficulty: (registrationId, aspect, attempt) => {
      const k = aKey(registrationId, aspect, attempt);
      return k in difficulties ? difficulties[k] : currentDifficulty(registrationId, aspect, attempt);
    },
    difficultyEdited: (registrationId, aspect, attempt) => {
      const k = aKey(registrationId, aspect, attempt);
      return k in difficulties && difficulties[k] !== currentDifficulty(registrationId, aspect, attempt);
    },
  };
}

/**
 * Everything typed and not yet saved, as marks to queue for `judgeId`, with the number of typed
 * entries whose problems (a mark out of range, a missing difficulty …) stop them.
 */
export function marksToSave(
  entries: PadEntries,
  registrations: readonly Pick<PadRegistration, 'id'>[],
  round: PadRound | undefined,
  judgeId: string | undefined,
): { marks: QueuedMark[]; problems: number } {
  const marks: QueuedMark[] = [];
  let problems = 0;
  if (!round || !judgeId) return { marks, problems };
  for (const reg of registrations) {
    for (const module of round.modules) {
      for (const aspect of module.aspects) {
        for (let attempt = 1; attempt <= aspect.attempts; attempt++) {
          const key = slotKey({ registrationId: reg.id, round: round.code, aspect: aspect.code, attempt, judgeId });
          const valueEdited = entries.edited(key);
          // submitMarks requires a difficulty on an aspect with one and refuses it on any other
          const withDifficulty = aspect.difficulty;
          if (!valueEdited && !(withDifficulty && entries.difficultyEdited(reg.id, aspect.code, attempt))) continue;
          const value = entries.shownValue(key);
          if (value === null && !valueEdited) continue; // a difficulty for an attempt this judge has not marked: nothing to send
          const difficulty = withDifficulty ? entries.shownDifficulty(reg.id, aspect.code, attempt) : null;
          if (markProblem(value, aspect.maxMark) || (withDifficulty && difficultyProblem(difficulty))) {
            problems += 1;
            continue;
          }
          marks.push({ registrationId: reg.id, round: round.code, aspect: aspect.code, attempt, value: value!, difficulty, judgeId });
        }
      }
    }
  }
  return { marks, problems };
}

/** Each registration's progress for the judge in the round, by registration id. */
export function progressByRegistration(
  registrations: readonly Pick<PadRegistration, 'id'>[],
  round: PadRound | undefined,
  judgeId: string | undefined,
  marked: Map<string, Set<string>>,
): Map<string, Progress> {
  const out = new Map<string, Progress>();
  for (const reg of registrations) {
    out.set(reg.id, round && judgeId ? progressOf(round, reg.id, judgeId, marked) : { done: 0, expected: 0, missing: 0 });
  }
  return out;
}

/**
 * Whether what the caller enters for another judge is a paper entry of double entry (双人录入): in a double-entry
 * event, anyone entering on a judge's behalf who is neither an organizer nor the panel's chief judge (a
 * scorekeeper). Such an entry counts once a second scorekeeper typed the same value; until then the API
 * accepts it but stores no mark. A chief judge's or organizer's entry counts at once, as does a judge's own mark.
 */
export function typesPaperEntries(doubleEntry: boolean, judges: readonly PadJudge[], username: string, roles: readonly string[]): boolean {
  return (
    doubleEntry &&
    entersForOthers(judges, username, roles) &&
    !roles.includes('organizer') &&
    !judges.some((j) => j.username === username && j.role === 'CHIEF_JUDGE' && isActive(j))
  );
}

/** The marks of an answered batch the API accepted: those no refusal names by index (a refusal of the whole batch accepts none). */
export function acceptedMarks(marks: readonly QueuedMark[], outcome: { accepted: number; userErrors: readonly MarkUserError[] }): QueuedMark[] {
  if (outcome.accepted === 0) return [];
  const refused = new Set<number>();
  for (const error of outcome.userErrors) {
    const [root, index] = error.field ?? [];
    if (root === 'marks' && index !== undefined) refused.add(Number(index));
    else return [];
  }
  return marks.filter((_, i) => !refused.has(i));
}

/** A mark of the API as the double-entry check reads it (one registration, one round). */
export interface StoredValue {
  aspect: string;
  attempt: number;
  value: number;
  difficulty?: number | null;
  judge: { id: string };
}

/** A paper-sheet slot whose scorekeepers' entries differ (Event.markDiscrepancies). */
export interface PaperDiscrepancy {
  aspect: string;
  attempt: number;
  judge: { id: string; name: string };
  registration: { id: string; bib: string; team?: string | null; competitor: { name: string } };
  entries: readonly { value: number; enteredBy: string; enteredAt: string }[];
}

/** A paper entry just typed that counts for nothing yet: no second scorekeeper typed the same value. */
export interface WaitingEntry extends QueuedMark {
  /** The mark the slot counts now when it is another value (it stays until a second scorekeeper confirms the new one); else null. */
  counted: number | null;
}

/**
 * What became of the paper entries just accepted for one registration in one round of a double-entry event,
 * read from the marks stored now and the round's discrepancies: an entry among the marks (same value and
 * difficulty) counts, confirmed by a second scorekeeper; an entry whose slot is a discrepancy waits for the
 * chief judge; any other waits for a second scorekeeper. The discrepancies are all of the registration's.
 */
export function paperEntryOutcome(
  round: string,
  registrationId: string,
  typed: readonly QueuedMark[],
  marks: readonly StoredValue[],
  discrepancies: readonly PaperDiscrepancy[],
): { waiting: WaitingEntry[]; discrepancies: PaperDiscrepancy[] } {
  const slot = (aspect: string, attempt: number, judgeId: string) => [aspect, attempt, judgeId].join('|');
  const ofRegistration = discrepancies.filter((d) => d.registration.id === registrationId);
  const disputed = new Set(ofRegistration.map((d) => slot(d.aspect, d.attempt, d.judge.id)));
  const stored = new Map(marks.map((m) => [slot(m.aspect, m.attempt, m.judge.id), m]));
  // later entries of a slot replace earlier ones, as on the server
  const latest = new Map<string, QueuedMark>();
  for (const m of typed) if (m.registrationId === registrationId && m.round === round) latest.set(slot(m.aspect, m.attempt, m.judgeId), m);
  const waiting: WaitingEntry[] = [];
  for (const [key, m] of latest) {
    if (disputed.has(key)) continue;
    const mark = stored.get(key);
    if (mark && mark.value === m.value && (mark.difficulty ?? null) === (m.difficulty ?? null)) continue;
    waiting.push({ ...m, counted: mark ? mark.value : null });
  }
  return { waiting, discrepancies: ofRegistration };
}
