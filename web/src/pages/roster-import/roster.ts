import { reverseLookup } from '../../domain/competition';
import { skillLevelLabel, skillLevelName, skillLevels } from '../../domain/skillLevel';
import type { ApiUserError } from '../../forms/userErrors';
import type { CompetitorInput, EventFormat, PersonCategory, SkillLevel } from '../../gql/schema';
import { nationalIdProblem, normalizeNationalId } from './nationalId';

/**
 * A roster file (.xlsx or .csv) as a table: the first row names the columns, every further row is a
 * competitor (in TEAM events: a member, rows with the same 代表队 make one team, its first row the
 * competitor). Row numbers are those the spreadsheet shows: the header is row 1.
 */
export const rosterColumns = ['name', 'nationalId', 'bib', 'affiliation', 'category', 'skillLevel', 'username', 'team'] as const;
export type RosterColumn = (typeof rosterColumns)[number];

/** The template's header, Chinese first; * marks the one column that must be filled. */
export const templateHeader: Record<RosterColumn, string> = {
  name: '姓名*',
  nationalId: '身份证号',
  bib: '参赛号',
  affiliation: '工作单位',
  category: '人员类别',
  skillLevel: '现技能等级',
  username: '登录名',
  team: '代表队',
};

/** Header texts read as each column (compared without spaces, "*" and case). */
const aliases: Record<RosterColumn, string[]> = {
  name: ['姓名', '选手姓名', 'name'],
  nationalId: ['身份证号', '身份证号码', '公民身份号码', '证件号码', '证件号', 'nationalid', 'idnumber'],
  bib: ['参赛号', '检录号', '参赛编号', 'bib'],
  affiliation: ['工作单位', '单位', '所在单位', '代表单位', 'affiliation', 'employer'],
  category: ['人员类别', '类别', '选手类别', 'category'],
  skillLevel: ['现技能等级', '技能等级', '职业技能等级', '现等级', 'skilllevel', 'level'],
  username: ['登录名', '账号', '用户名', 'username', 'login'],
  team: ['代表队', '队名', '团队', 'team'],
};

export type RosterReason =
  | 'noHeader'
  | 'noRows'
  | 'nameRequired'
  | 'nationalIdCheck'
  | 'nationalIdFormat'
  | 'nationalIdAsNumber'
  | 'duplicateNationalId'
  | 'duplicateBib'
  | 'duplicateUsername'
  | 'unknownCategory'
  | 'unknownSkillLevel'
  | 'teamRequired'
  | 'teamSize'
  | 'api';

export interface RosterProblem {
  /** Spreadsheet row, 1 for the header. */
  row: number;
  column?: RosterColumn;
  reason: RosterReason;
  /** Values for the reason's text: the expected check character, the other row … */
  params?: Record<string, string | number>;
  /** For reason 'api': the API's problem, in the reader's language, without the field (the row and column say which). */
  message?: string;
}

export interface RosterEntry {
  /** The rows this registration comes from: the competitor's first, then each further team member's. */
  rows: number[];
  input: CompetitorInput;
}

export interface ParsedRoster {
  entries: RosterEntry[];
  problems: RosterProblem[];
  /** Data rows read (blank rows not counted). */
  rowCount: number;
}

export interface RosterEvent {
  format: EventFormat;
  teamSize: number;
}

type Cell = unknown;

function headerKey(text: string): string {
  return text.replace(/[\s*＊_\-()（）]/g, '').toLowerCase();
}

/** Which column each header cell is; null for a column Biwu does not read. */
export function readHeader(header: readonly Cell[]): (RosterColumn | null)[] {
  return header.map((cell) => {
    const key = headerKey(cellText(cell));
    if (!key) return null;
    return rosterColumns.find((column) => aliases[column].some((alias) => headerKey(alias) === key)) ?? null;
  });
}

function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

const categoryAliases: Record<string, PersonCategory> = { 员工: 'EMPLOYEE', 在职职工: 'EMPLOYEE', 学生选手: 'STUDENT', 在校学生: 'STUDENT' };

export function parseCategory(text: string): PersonCategory | undefined {
  const trimmed = text.trim();
  return categoryAliases[trimmed] ?? (reverseLookup('category', trimmed) as PersonCategory | undefined);
}

const gradeWords: Record<string, SkillLevel> = { 五级: 'JUNIOR', 四级: 'INTERMEDIATE', 三级: 'SENIOR', 二级: 'TECHNICIAN', 一级: 'SENIOR_TECHNICIAN' };

/** 中级工, 中级工（四级）, 四级, INTERMEDIATE or "Intermediate worker" → INTERMEDIATE. */
export function parseSkillLevel(text: string): SkillLevel | undefined {
  const key = headerKey(text);
  if (!key) return undefined;
  if (gradeWords[key]) return gradeWords[key];
  for (const level of skillLevels) {
    const spellings = [level, skillLevelName(level, 'zh-CN'), skillLevelName(level, 'en'), skillLevelLabel(level, 'zh-CN'), skillLevelLabel(level, 'en')];
    if (spellings.some((spelling) => headerKey(spelling) === key)) return level;
  }
  return undefined;
}

/**
 * Reads a roster table and checks it the way the API will: name required, national id check characters,
 * numbers and bibs given twice in the file, known categories and levels, teams of the event's size.
 * Every problem names its row; entries are built for every row, good or bad (goodEntries picks the good).
 */
export function parseRoster(table: readonly (readonly Cell[])[], event: RosterEvent): ParsedRoster {
  const problems: RosterProblem[] = [];
  const headerIndex = table.findIndex((row) => row.some((cell) => cellText(cell) !== ''));
  const columns = headerIndex < 0 ? [] : readHeader(table[headerIndex]);
  if (!columns.includes('name')) {
    return { entries: [], problems: [{ row: headerIndex < 0 ? 1 : headerIndex + 1, reason: 'noHeader' }], rowCount: 0 };
  }

  interface RowData {
    row: number;
    values: Partial<Record<RosterColumn, string>>;
    input: CompetitorInput;
  }
  const rows: RowData[] = [];
  const firstRowOf = { nationalId: new Map<string, number>(), bib: new Map<string, number>(), username: new Map<string, number>() };

  for (let index = headerIndex + 1; index < table.length; index++) {
    const cells = table[index];
    const row = index + 1;
    if (!cells.some((cell) => cellText(cell) !== '')) continue; // blank rows are skipped, their numbers kept
    const values: Partial<Record<RosterColumn, string>> = {};
    columns.forEach((column, i) => {
      if (column && values[column] === undefined) values[column] = cellText(cells[i]);
    });
    const input: CompetitorInput = { name: values.name ?? '' };

    if (!input.name) problems.push({ row, column: 'name', reason: 'nameRequired' });

    const idCell = cells[columns.indexOf('nationalId')];
    if (values.nationalId) {
      const id = normalizeNationalId(values.nationalId);
      if (typeof idCell === 'number' && id.length > 15) {
        // Excel kept the number as a number: digits after the 15th are lost for good.
        problems.push({ row, column: 'nationalId', reason: 'nationalIdAsNumber' });
      } else {
        const problem = nationalIdProblem(id);
        if (problem?.kind === 'checkCharacter') {
          problems.push({ row, column: 'nationalId', reason: 'nationalIdCheck', params: { expected: problem.expected, actual: problem.actual } });
        } else if (problem) {
          problems.push({ row, column: 'nationalId', reason: 'nationalIdFormat' });
        } else {
          duplicate('nationalId', id, row, 'duplicateNationalId');
        }
      }
      input.nationalId = id;
    }
    if (values.bib) {
      input.bib = values.bib;
      duplicate('bib', values.bib, row, 'duplicateBib');
    }
    if (values.username) {
      input.username = values.username;
      duplicate('username', values.username.toLowerCase(), row, 'duplicateUsername');
    }
    if (values.affiliation) input.affiliation = values.affiliation;
    if (values.category) {
      const category = parseCategory(values.category);
      if (category) input.category = category;
      else problems.push({ row, column: 'category', reason: 'unknownCategory', params: { value: values.category } });
    }
    if (values.skillLevel) {
      const level = parseSkillLevel(values.skillLevel);
      if (level) input.skillLevel = level;
      else problems.push({ row, column: 'skillLevel', reason: 'unknownSkillLevel', params: { value: values.skillLevel } });
    }
    if (values.team) input.team = values.team;
    rows.push({ row, values, input });
  }

  function duplicate(column: keyof typeof firstRowOf, value: string, row: number, reason: RosterReason) {
    const first = firstRowOf[column].get(value);
    if (first === undefined) firstRowOf[column].set(value, row);
    else problems.push({ row, column, reason, params: { value, otherRow: first } });
  }

  if (rows.length === 0) problems.push({ row: headerIndex + 2, reason: 'noRows' });

  let entries: RosterEntry[];
  if (event.format === 'TEAM') {
    const teams = new Map<string, RowData[]>();
    entries = [];
    for (const data of rows) {
      if (!data.values.team) {
        problems.push({ row: data.row, column: 'team', reason: 'teamRequired' });
        entries.push({ rows: [data.row], input: { ...data.input, members: [] } });
        continue;
      }
      const members = teams.get(data.values.team) ?? [];
      members.push(data);
      teams.set(data.values.team, members);
    }
    for (const [team, members] of teams) {
      if (members.length !== event.teamSize) {
        for (const member of members) {
          problems.push({ row: member.row, column: 'team', reason: 'teamSize', params: { team, size: event.teamSize, count: members.length } });
        }
      }
      const [first, ...others] = members;
      entries.push({
        rows: members.map((member) => member.row),
        input: {
          ...first.input,
          team,
          members: others.map(({ input }) => {
            // A further member carries no bib or team of their own.
            const { bib: _bib, team: _team, members: _members, ...member } = input;
            return member;
          }),
        },
      });
    }
    entries.sort((a, b) => a.rows[0] - b.rows[0]);
  } else {
    entries = rows.map((data) => ({ rows: [data.row], input: data.input }));
  }

  problems.sort((a, b) => a.row - b.row);
  return { entries, problems, rowCount: rows.length };
}

/** The entries none of whose rows has a problem. */
export function goodEntries(entries: readonly RosterEntry[], problems: readonly RosterProblem[]): RosterEntry[] {
  const bad = new Set(problems.map((problem) => problem.row));
  return entries.filter((entry) => entry.rows.every((row) => !bad.has(row)));
}

/**
 * The API's userErrors on registerCompetitors, back on the rows they came from: competitors[i] is the i-th
 * entry sent, competitors[i].members[m] its (m+2)-th row. With one row per entry and none left out, that is
 * row i+2. A row's problem is the API's `problem` (in the reader's language, without the field's name, which
 * would count competitors as sent, not rows of the file); an error no row shows keeps its whole message.
 */
export function mapApiErrors(errors: readonly ApiUserError[], sent: readonly RosterEntry[]): { problems: RosterProblem[]; others: string[] } {
  const problems: RosterProblem[] = [];
  const others: string[] = [];
  for (const error of errors) {
    const field = error.field ?? [];
    const index = field[0] === 'competitors' && /^\d+$/.test(field[1] ?? '') ? Number(field[1]) : -1;
    const entry = sent[index];
    if (!entry) {
      others.push(error.message);
      continue;
    }
    let rest = field.slice(2);
    let row = entry.rows[0];
    if (rest[0] === 'members' && /^\d+$/.test(rest[1] ?? '')) {
      row = entry.rows[Number(rest[1]) + 1] ?? row;
      rest = rest.slice(2);
    }
    const column = rosterColumns.find((c) => c === rest[0]);
    problems.push({ row, column, reason: 'api', message: error.problem || error.message });
  }
  problems.sort((a, b) => a.row - b.row);
  return { problems, others };
}
