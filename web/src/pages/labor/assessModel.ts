import { markProblem } from '../../domain/score';
import { messageWithoutPath, type ApiUserError } from '../../forms/userErrors';

/**
 * The period assessment's sheet as data, without React: the cells (one unit × one indicator of the period), what is
 * stored, what the assessor changed, and which marks one save sends. Labor indicators are marked once per period by
 * the assessment group (one attempt, the panel's first judge), so a cell is one mark: registration × aspect, attempt 1.
 */

export interface AssessAspect {
  code: string;
  name: string;
  maxMark: number;
  /** ADD, DEDUCT (扣分项) or VETO (一票否决: 0 or 1). */
  effect: string;
}

export interface AssessRound {
  code: string;
  name: string;
  sequence: number;
  startsOn?: string | null;
  endsOn?: string | null;
  modules: readonly { code: string; name: string; aspects: readonly AssessAspect[] }[];
}

/** A mark as Event.marks gives it. */
export interface StoredMark {
  round: string;
  aspect: string;
  attempt: number;
  value: number;
  note?: string | null;
  registration: { id: string };
  judge: { id: string };
}

/** What a cell holds: a value (none yet) and the assessor's note. */
export interface CellValue {
  value: number | null;
  note: string | null;
}

/** What the assessor typed into a cell since it was loaded; a part not typed is the stored one. */
export interface CellEdit {
  value?: number | null;
  note?: string;
}

/** The assessor's note: at most this many characters (MarkValidation.MAX_NOTE). */
export const maxNote = 500;

export type CellKey = string;

export const cellKey = (registrationId: string, aspect: string): CellKey => `${registrationId}|${aspect}`;

/** A note as stored: trimmed, null when blank. */
export function normalNote(note: string | null | undefined): string | null {
  const trimmed = note?.trim();
  return trimmed ? trimmed : null;
}

export const isVeto = (aspect: Pick<AssessAspect, 'effect'>) => aspect.effect === 'VETO';

/** The aspects of a round in sheet order: module by module. */
export function aspectsOf<A>(round: { modules: readonly { aspects: readonly A[] }[] } | undefined): A[] {
  return round ? round.modules.flatMap((module) => module.aspects) : [];
}

/** The stored cells of a round: the assessor's marks of attempt 1, by cell. */
export function storedCells(marks: readonly StoredMark[], round: string, judgeId: string | undefined): Map<CellKey, CellValue> {
  const cells = new Map<CellKey, CellValue>();
  for (const mark of marks) {
    if (mark.round !== round || mark.attempt !== 1 || mark.judge.id !== judgeId) continue;
    cells.set(cellKey(mark.registration.id, mark.aspect), { value: mark.value, note: normalNote(mark.note) });
  }
  return cells;
}

/** What a cell shows: the assessor's edit over what is stored. */
export function cellNow(stored: ReadonlyMap<CellKey, CellValue>, edits: ReadonlyMap<CellKey, CellEdit>, key: CellKey): CellValue {
  const before = stored.get(key);
  const edit = edits.get(key);
  return {
    value: edit && 'value' in edit ? (edit.value ?? null) : (before?.value ?? null),
    note: edit && 'note' in edit ? normalNote(edit.note) : (before?.note ?? null),
  };
}

/** Whether the assessor changed a cell from what is stored. */
export function isChanged(stored: ReadonlyMap<CellKey, CellValue>, edits: ReadonlyMap<CellKey, CellEdit>, key: CellKey): boolean {
  if (!edits.has(key)) return false;
  const before = stored.get(key) ?? { value: null, note: null };
  const now = cellNow(stored, edits, key);
  return now.value !== before.value || now.note !== before.note;
}

/** The edits still differing from what is stored (after a reload brought the saved marks). */
export function pendingEdits(stored: ReadonlyMap<CellKey, CellValue>, edits: ReadonlyMap<CellKey, CellEdit>): Map<CellKey, CellEdit> {
  return new Map([...edits].filter(([key]) => isChanged(stored, edits, key)));
}

/** One mark a save sends. */
export interface PlannedMark {
  key: CellKey;
  registrationId: string;
  aspect: string;
  value: number;
  note: string | null;
}

/** Why a cell cannot be sent, found before asking the API. */
export type LocalProblem = 'missing' | 'belowZero' | 'aboveMax' | 'tooManyDecimals' | 'notVeto' | 'noteTooLong';

/** Why a cell as it would be sent cannot be, by the rules submitMarks applies; null when it can. A veto item is 0 or 1. */
export function cellProblem(aspect: AssessAspect, cell: CellValue): LocalProblem | null {
  const problem = markProblem(cell.value, aspect.maxMark);
  if (isVeto(aspect) && problem !== 'missing' && cell.value !== 0 && cell.value !== 1) return 'notVeto';
  if (problem) return problem;
  if (cell.note && cell.note.length > maxNote) return 'noteTooLong';
  return null;
}

export interface SavePlan {
  marks: PlannedMark[];
  /** Cells that stop the save, by cell: the problem is shown at the value (or at the note for noteTooLong). */
  problems: Map<CellKey, LocalProblem>;
}

/**
 * The marks one save sends: every changed cell, and for each unit with a changed cell its veto items not assessed
 * yet, as 0 (未发生): the switch shows them off, and the unit's period is complete only when every indicator has a
 * mark. A changed cell without a value (a note typed first, a value cleared) cannot be sent: the API keeps a mark
 * until it is replaced, it has no 'no mark'.
 */
export function planSave(
  units: readonly { id: string }[],
  aspects: readonly AssessAspect[],
  stored: ReadonlyMap<CellKey, CellValue>,
  edits: ReadonlyMap<CellKey, CellEdit>,
): SavePlan {
  const marks: PlannedMark[] = [];
  const problems = new Map<CellKey, LocalProblem>();
  for (const unit of units) {
    const changed = aspects.filter((aspect) => isChanged(stored, edits, cellKey(unit.id, aspect.code)));
    if (changed.length === 0) continue;
    for (const aspect of aspects) {
      const key = cellKey(unit.id, aspect.code);
      const now = cellNow(stored, edits, key);
      const vetoNotAssessed = isVeto(aspect) && now.value === null && !stored.has(key);
      if (!changed.includes(aspect) && !vetoNotAssessed) continue;
      const cell = { value: now.value ?? (isVeto(aspect) ? 0 : null), note: now.note };
      const problem = cellProblem(aspect, cell);
      if (problem) problems.set(key, problem);
      else marks.push({ key, registrationId: unit.id, aspect: aspect.code, value: cell.value!, note: cell.note });
    }
  }
  return { marks, problems };
}

/** The API's refusal of one cell: at its value, or at its note. */
export interface CellRefusal {
  value?: string;
  note?: string;
}

/**
 * The userErrors of a submitMarks answer, by the cell they name (marks[i] is `sent[i]`): the note's at the note,
 * any other field's at the value, each without the field's name (the cell says which it is); the rest for an alert.
 */
export function refusalsByCell(sent: readonly PlannedMark[], errors: readonly ApiUserError[]): { cells: Map<CellKey, CellRefusal>; others: string[] } {
  const cells = new Map<CellKey, CellRefusal>();
  const others: string[] = [];
  for (const error of errors) {
    const [list, index, field] = error.field ?? [];
    const mark = list === 'marks' && index !== undefined && /^\d+$/.test(index) ? sent[Number(index)] : undefined;
    if (!mark) {
      others.push(error.message);
      continue;
    }
    const refusal = cells.get(mark.key) ?? {};
    const at = field === 'note' ? 'note' : 'value';
    const text = field ? messageWithoutPath(error) : error.message;
    refusal[at] = refusal[at] ? `${refusal[at]}；${text}` : text;
    cells.set(mark.key, refusal);
  }
  return { cells, others };
}

/** What became of one save: the API's refusals by cell and the rest, or why there was no answer. */
export type SaveOutcome = { answered: true; cells: Map<CellKey, CellRefusal>; others: string[] } | { answered: false; failure: string };

/**
 * The period to open when none is named: the one whose dates hold today, else the latest that has begun, else the
 * first (periods without dates count as begun).
 */
export function defaultRound(rounds: readonly AssessRound[], today: string): string | undefined {
  const ordered = [...rounds].sort((a, b) => a.sequence - b.sequence);
  const current = ordered.find((r) => r.startsOn && r.endsOn && r.startsOn <= today && today <= r.endsOn);
  if (current) return current.code;
  const begun = ordered.filter((r) => !r.startsOn || r.startsOn <= today);
  return (begun[begun.length - 1] ?? ordered[0])?.code;
}

/** Today as an ISO date in the reader's time zone. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A veto reason ('P2/S-VETO') in words: the period's and the indicator's names (第2考核期 重大安全事故); the code when unknown. */
export function vetoReasonText(code: string, rounds: readonly { code: string; name: string; modules: readonly { aspects: readonly { code: string; name: string }[] }[] }[]): string {
  const [roundCode, aspectCode] = code.split('/');
  const round = rounds.find((r) => r.code === roundCode);
  const aspect = aspectsOf(round).find((a) => a.code === aspectCode);
  if (!round || !aspect) return code;
  return `${round.name} ${aspect.name}`;
}

/** A unit's name: the team (the unit in a labor competition), else the registered person. */
export function unitName(registration: { team?: string | null; competitor: { name: string } }): string {
  return registration.team?.trim() || registration.competitor.name;
}
