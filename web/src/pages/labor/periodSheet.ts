import { formatMark } from '../../domain/score';
import {
  cellKey,
  maxNote,
  planSave,
  unitName,
  type AssessAspect,
  type CellEdit,
  type CellKey,
  type CellRefusal,
  type CellValue,
  type LocalProblem,
  type SavePlan,
} from './assessModel';

/**
 * 考核表: a period's marks as a spreadsheet, read in the browser, without React. The first row that is not blank is
 * the header; the first column is the unit (its bib or its name as the assessment sheet shows it), then one column
 * per indicator headed by the indicator's name or code, and optionally one per indicator for the note headed
 * "<indicator> 备注" (or "<indicator> note"). An empty cell gives nothing. Each row becomes the typed entry's edits of
 * its unit, checked by the typed entry's planSave: a sheet is held to exactly the rules of the screen. Row numbers are
 * those the spreadsheet shows (the header is row 1), columns its letters.
 */

export interface SheetUnit {
  id: string;
  bib: string;
  team?: string | null;
  competitor: { name: string };
}

/** What a column of the sheet is: the unit, an indicator's value or note, or one not read (its header is at fault). */
export type SheetColumn = { kind: 'unit' } | { kind: 'value' | 'note'; aspect: AssessAspect } | { kind: 'unread' };

export type SheetReason =
  | LocalProblem
  | 'notNumber'
  | 'unitRequired'
  | 'unknownUnit'
  | 'ambiguousUnit'
  | 'duplicateUnit'
  | 'unknownHeader'
  | 'duplicateHeader'
  | 'ambiguousHeader'
  | 'noRows'
  /** The API refused the cell's mark: params.message says why. */
  | 'refused'
  /** The API refused a mark the sheet has no column for: params.aspect names the indicator. */
  | 'refusedIndicator';

export interface SheetProblem {
  row: number;
  /** 0 for column A; none for a problem of the whole sheet. */
  column?: number;
  reason: SheetReason;
  params?: Record<string, string | number>;
}

export interface SheetRow {
  row: number;
  /** The unit the first column names; none when it names none. */
  unit?: SheetUnit;
  /** The cells as text, by column, for the preview. */
  cells: string[];
  /** What the row gives its unit's indicators, as the typed entry's edits (a value, a note, or both). */
  edits: Map<CellKey, CellEdit>;
}

export interface PeriodSheet {
  header: string[];
  columns: SheetColumn[];
  rows: SheetRow[];
  /** In sheet order: by row, then by column. */
  problems: SheetProblem[];
}

export interface SheetScheme {
  /** The units assessed in the period. */
  units: readonly SheetUnit[];
  /** The period's indicators in sheet order. */
  aspects: readonly AssessAspect[];
  /** The assessor's stored marks of the period: a note alone is sent with the stored value, as in the typed entry. */
  stored: ReadonlyMap<CellKey, CellValue>;
}

/** A spreadsheet's name of a column: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Text compared without spaces, brackets and dashes, full-width as half-width, in lower case: "Q-DED" is "q ded". */
const keyOf = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[\s*_\-()（）·:：]/g, '')
    .toLowerCase();

const noteSuffixes = ['备注', 'note'];

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** A mark as the cell holds it: a number, or text that is one ("8.5"); undefined when it is neither. */
function markOf(cell: unknown): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  const text = cellText(cell).normalize('NFKC');
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : undefined;
}

/** Each indicator's header: its name, or its code where another indicator of the period has the same name. */
function aspectHeaders(aspects: readonly AssessAspect[]): Map<string, string> {
  return new Map(aspects.map((aspect) => [aspect.code, aspects.filter((a) => keyOf(a.name) === keyOf(aspect.name)).length > 1 ? aspect.code : aspect.name]));
}

/**
 * The template of a period: the header (the unit, then each indicator and its note) and one row per unit, named as
 * the assessment sheet names it (by its bib where another unit has the same name). `texts` are the reader's words for
 * the unit column and the note's suffix; the sheet reads either language's.
 */
export function periodTemplate(units: readonly SheetUnit[], aspects: readonly AssessAspect[], texts: { unit: string; note: string }): string[][] {
  const headers = aspectHeaders(aspects);
  const header = [texts.unit, ...aspects.flatMap((aspect) => [headers.get(aspect.code)!, `${headers.get(aspect.code)} ${texts.note}`])];
  const named = (unit: SheetUnit) => (units.filter((u) => keyOf(unitName(u)) === keyOf(unitName(unit))).length > 1 ? unit.bib : unitName(unit));
  return [header, ...units.map((unit) => [named(unit), ...aspects.flatMap(() => ['', ''])])];
}

/** The columns as the header names them, with the header's problems. */
function readHeader(header: readonly string[], aspects: readonly AssessAspect[], headerRow: number, problems: SheetProblem[]): SheetColumn[] {
  const firstColumnOf = new Map<string, number>();
  return header.map((text, column): SheetColumn => {
    if (column === 0) return { kind: 'unit' };
    const key = keyOf(text);
    if (!key) return { kind: 'unread' }; // reported only if the column has data (see readPeriodSheet)
    const named = (k: string) => {
      const byCode = aspects.filter((aspect) => keyOf(aspect.code) === k);
      return byCode.length ? byCode : aspects.filter((aspect) => keyOf(aspect.name) === k);
    };
    let kind: 'value' | 'note' = 'value';
    let found = named(key);
    const suffix = noteSuffixes.find((s) => key.endsWith(s) && key.length > s.length);
    if (found.length === 0 && suffix) {
      kind = 'note';
      found = named(key.slice(0, -suffix.length));
    }
    if (found.length !== 1) {
      problems.push(
        found.length === 0
          ? { row: headerRow, column, reason: 'unknownHeader' }
          : { row: headerRow, column, reason: 'ambiguousHeader', params: { codes: found.map((aspect) => aspect.code).join('、') } },
      );
      return { kind: 'unread' };
    }
    const aspect = found[0];
    const first = firstColumnOf.get(`${kind}|${aspect.code}`);
    if (first !== undefined) {
      problems.push({ row: headerRow, column, reason: 'duplicateHeader', params: { otherColumn: columnLetter(first) } });
      return { kind: 'unread' };
    }
    firstColumnOf.set(`${kind}|${aspect.code}`, column);
    return { kind, aspect };
  });
}

/** The unit a first cell names: by bib, else by name when one unit has it. */
function findUnit(text: string, units: readonly SheetUnit[]): { unit?: SheetUnit; problem?: Pick<SheetProblem, 'reason' | 'params'> } {
  const byBib = units.find((unit) => unit.bib.trim() === text);
  if (byBib) return { unit: byBib };
  const byName = units.filter((unit) => keyOf(unitName(unit)) === keyOf(text));
  if (byName.length === 1) return { unit: byName[0] };
  if (byName.length > 1) return { problem: { reason: 'ambiguousUnit', params: { value: text, bibs: byName.map((unit) => unit.bib).join('、') } } };
  return { problem: { reason: 'unknownUnit', params: { value: text } } };
}

/**
 * Reads a sheet of the period and checks every cell as the typed entry does (a number within the indicator's range,
 * at most 4 decimals, a veto item 0 or 1, a note of at most 500 characters, no note without a value), and the sheet
 * itself: every header an indicator of the period (or its note), every row a unit assessed in it, each unit once.
 */
export function readPeriodSheet(table: readonly (readonly unknown[])[], { units, aspects, stored }: SheetScheme): PeriodSheet {
  const problems: SheetProblem[] = [];
  const headerIndex = table.findIndex((cells) => cells.some((cell) => cellText(cell) !== ''));
  if (headerIndex < 0) return { header: [], columns: [], rows: [], problems: [{ row: 1, reason: 'noRows' }] };
  const headerRow = headerIndex + 1;
  const width = Math.max(...table.slice(headerIndex).map((cells) => cells.length));
  const header = Array.from({ length: width }, (_, i) => cellText(table[headerIndex][i]));
  const columns = readHeader(header, aspects, headerRow, problems);

  const rows: SheetRow[] = [];
  const firstRowOf = new Map<string, number>();
  const duplicated = new Set<number>();
  /** Where each cell given is: its row, its value's and its note's columns. */
  const placeOf = new Map<CellKey, { row: number; aspect: AssessAspect; value?: number; note?: number }>();
  for (let index = headerIndex + 1; index < table.length; index++) {
    const raw = table[index];
    const cells = Array.from({ length: width }, (_, i) => cellText(raw[i]));
    if (cells.every((text) => text === '')) continue; // blank rows are skipped, their numbers kept
    const row = index + 1;
    const sheetRow: SheetRow = { row, cells, edits: new Map() };
    rows.push(sheetRow);

    if (cells[0] === '') {
      problems.push({ row, column: 0, reason: 'unitRequired' });
      continue;
    }
    const found = findUnit(cells[0], units);
    if (!found.unit) {
      problems.push({ row, column: 0, ...found.problem! });
      continue;
    }
    const unit = (sheetRow.unit = found.unit);
    const first = firstRowOf.get(unit.id);
    if (first !== undefined) {
      // neither row is taken for the other: both are marked, the later one's cells not read
      problems.push({ row, column: 0, reason: 'duplicateUnit', params: { otherRow: first } });
      if (!duplicated.has(first)) problems.push({ row: first, column: 0, reason: 'duplicateUnit', params: { otherRow: row } });
      duplicated.add(first);
      continue;
    }
    firstRowOf.set(unit.id, row);

    const notNumbers = new Set<CellKey>();
    columns.forEach((sheetColumn, column) => {
      const text = cells[column];
      if (text === '' || (sheetColumn.kind !== 'value' && sheetColumn.kind !== 'note')) return;
      const { kind, aspect } = sheetColumn;
      const key = cellKey(unit.id, aspect.code);
      placeOf.set(key, { row, aspect, ...placeOf.get(key), [kind]: column });
      const value = kind === 'value' ? markOf(raw[column]) : undefined;
      if (kind === 'value' && value === undefined) {
        problems.push({ row, column, reason: 'notNumber', params: { max: formatMark(aspect.maxMark) } });
        notNumbers.add(key);
      }
      sheetRow.edits.set(key, { ...sheetRow.edits.get(key), ...(kind === 'note' ? { note: text } : { value }) });
    });
    // a cell whose value is not a number is not checked further: its note waits for the value
    for (const key of notNumbers) sheetRow.edits.delete(key);
  }
  if (rows.length === 0) problems.push({ row: headerRow + 1, reason: 'noRows' });
  header.forEach((text, column) => {
    if (column > 0 && !text && rows.some((row) => row.cells[column] !== '')) problems.push({ row: headerRow, column, reason: 'unknownHeader' });
  });

  // the typed entry's rules, at the column they concern: the note's length at the note, the rest at the value
  for (const [key, reason] of sheetPlan(rows, aspects, stored).problems) {
    const place = placeOf.get(key)!;
    const column = reason === 'noteTooLong' ? place.note : (place.value ?? place.note);
    problems.push({ row: place.row, column, reason, params: { max: reason === 'noteTooLong' ? maxNote : formatMark(place.aspect.maxMark) } });
  }

  problems.sort((a, b) => a.row - b.row || (a.column ?? -1) - (b.column ?? -1));
  return { header, columns, rows, problems };
}

/** The rows of units none of whose cells has a problem, with something to give (the only-good-rows selection). */
export function goodRows(sheet: Pick<PeriodSheet, 'rows' | 'problems'>): SheetRow[] {
  const bad = new Set(sheet.problems.map((problem) => problem.row));
  return sheet.rows.filter((row) => row.unit && !bad.has(row.row) && row.edits.size > 0);
}

/** What submitting these rows sends: the typed entry's save of their edits (only what differs from what is stored). */
export function sheetPlan(rows: readonly SheetRow[], aspects: readonly AssessAspect[], stored: ReadonlyMap<CellKey, CellValue>): SavePlan {
  const units = rows.flatMap((row) => (row.unit ? [row.unit] : []));
  const edits = new Map(rows.flatMap((row) => [...row.edits]));
  return planSave(units, aspects, stored, edits);
}

/**
 * The API's refusals of submitted rows at their cells: the note's at the note column, any other at the value column;
 * one the sheet has no column for (a veto item sent as 0, a note kept from before) at the unit, naming the indicator.
 */
export function refusedProblems(
  sheet: Pick<PeriodSheet, 'rows' | 'columns'>,
  aspects: readonly AssessAspect[],
  refusals: ReadonlyMap<CellKey, CellRefusal>,
): SheetProblem[] {
  const problems: SheetProblem[] = [];
  for (const row of sheet.rows) {
    for (const aspect of row.unit ? aspects : []) {
      const refusal = refusals.get(cellKey(row.unit!.id, aspect.code));
      for (const part of ['value', 'note'] as const) {
        const message = refusal?.[part];
        if (!message) continue;
        const column = sheet.columns.findIndex((c) => c.kind === part && c.aspect.code === aspect.code);
        problems.push(
          column > 0
            ? { row: row.row, column, reason: 'refused', params: { message } }
            : { row: row.row, column: 0, reason: 'refusedIndicator', params: { aspect: aspect.name, message } },
        );
      }
    }
  }
  return problems;
}
