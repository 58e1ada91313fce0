import { describe, expect, it } from 'vitest';
import { cellKey, storedCells, type StoredMark } from './assessModel';
import { columnLetter, goodRows, periodTemplate, readPeriodSheet, refusedProblems, sheetPlan, type SheetProblem } from './periodSheet';

const aspects = [
  { code: 'S-DED', name: '安全隐患扣分', maxMark: 10, effect: 'DEDUCT' },
  { code: 'S-VETO', name: '重大安全事故', maxMark: 1, effect: 'VETO' },
  { code: 'P', name: '进度完成', maxMark: 30, effect: 'ADD' },
];
const unit = (n: number, team: string) => ({ id: `R${n}`, bib: String(n), team, competitor: { name: `项目经理${n}` } });
const units = [unit(1, '一标段项目部'), unit(2, '二标段项目部'), unit(3, '三标段项目部')];
const scheme = { units, aspects, stored: new Map() };

const header = ['参赛单位', '安全隐患扣分', '安全隐患扣分 备注', '重大安全事故', '进度完成'];
const read = (...rows: unknown[][]) => readPeriodSheet([header, ...rows], scheme);
const reasons = (problems: SheetProblem[]) => problems.map((p) => [p.row, p.column === undefined ? '' : columnLetter(p.column), p.reason]);

describe('a period’s sheet', () => {
  it('reads a good sheet into each unit’s edits, by bib or by name, numbers as text too', () => {
    const sheet = read(['一标段项目部', 2, ' 3月12日检查：未系安全带 ', 0, 28], [], ['2', '1.5', '', '', '25'], ['三标段项目部', '', '', '', '']);
    expect(sheet.problems).toEqual([]);
    expect(sheet.rows.map((row) => [row.row, row.unit?.id])).toEqual([
      [2, 'R1'],
      [4, 'R2'], // the blank row 3 is skipped, its number kept
      [5, 'R3'],
    ]);
    expect([...sheet.rows[0].edits]).toEqual([
      [cellKey('R1', 'S-DED'), { value: 2, note: '3月12日检查：未系安全带' }],
      [cellKey('R1', 'S-VETO'), { value: 0 }],
      [cellKey('R1', 'P'), { value: 28 }],
    ]);
    expect([...sheet.rows[1].edits]).toEqual([
      [cellKey('R2', 'S-DED'), { value: 1.5 }],
      [cellKey('R2', 'P'), { value: 25 }],
    ]);
    // a unit row left empty gives nothing, and is not a row to submit
    expect(goodRows(sheet).map((row) => row.row)).toEqual([2, 4]);
  });

  it('takes indicator codes and English note headers, in any case and spacing', () => {
    const sheet = readPeriodSheet([['Unit', 's-ded', 'S-DED note', '进度完成'], ['1', 3, '复查', 20]], scheme);
    expect(sheet.problems).toEqual([]);
    expect([...sheet.rows[0].edits.values()]).toEqual([{ value: 3, note: '复查' }, { value: 20 }]);
  });

  it('reports a bad number at its row and column letter, with the indicator’s range', () => {
    const sheet = read(['一标段项目部', 12, '', 0, 28], ['二标段项目部', '八', '', 0, 28.12345], ['三标段项目部', -1, '', '', 5]);
    expect(reasons(sheet.problems)).toEqual([
      [2, 'B', 'aboveMax'],
      [3, 'B', 'notNumber'],
      [3, 'E', 'tooManyDecimals'],
      [4, 'B', 'belowZero'],
    ]);
    expect(sheet.problems[1].params).toEqual({ max: '10' });
  });

  it('takes a veto item as 0 or 1 only', () => {
    const sheet = read(['一标段项目部', '', '', 2, ''], ['二标段项目部', '', '', 0.5, ''], ['三标段项目部', '', '', 1, '']);
    expect(reasons(sheet.problems)).toEqual([
      [2, 'D', 'notVeto'],
      [3, 'D', 'notVeto'],
    ]);
  });

  it('reports a unit it does not know, a row without a unit, and a unit given twice on both rows', () => {
    const sheet = read(['四标段项目部', 1, '', '', ''], ['', 1, '', '', ''], ['一标段项目部', 1, '', '', ''], ['1', 2, '', '', '']);
    expect(reasons(sheet.problems)).toEqual([
      [2, 'A', 'unknownUnit'],
      [3, 'A', 'unitRequired'],
      [4, 'A', 'duplicateUnit'],
      [5, 'A', 'duplicateUnit'],
    ]);
    expect(sheet.problems[0].params).toEqual({ value: '四标段项目部' });
    expect(sheet.problems.slice(2).map((p) => p.params)).toEqual([{ otherRow: 5 }, { otherRow: 4 }]);
    expect(goodRows(sheet)).toEqual([]);
  });

  it('reports a header that is no indicator of the period, or one given twice, on row 1, and reads the rest', () => {
    const sheet = readPeriodSheet([['参赛单位', '比创新', '进度完成', '进度完成', ''], ['一标段项目部', 5, 20, 21, '多余']], scheme);
    expect(reasons(sheet.problems)).toEqual([
      [1, 'B', 'unknownHeader'],
      [1, 'D', 'duplicateHeader'],
      [1, 'E', 'unknownHeader'],
    ]);
    expect(sheet.problems[1].params).toEqual({ otherColumn: 'C' });
    // the header's problems are not a row's: the row is good, and gives what its read columns hold
    expect(goodRows(sheet).map((row) => [...row.edits])).toEqual([[[cellKey('R1', 'P'), { value: 20 }]]]);
  });

  it('asks for the code where two indicators share a name', () => {
    const twins = [...aspects, { code: 'Q-DED', name: '安全隐患扣分', maxMark: 5, effect: 'DEDUCT' }];
    const sheet = readPeriodSheet([['参赛单位', '安全隐患扣分', 'Q-DED'], ['1', 1, 1]], { ...scheme, aspects: twins });
    expect(reasons(sheet.problems)).toEqual([[1, 'B', 'ambiguousHeader']]);
    expect(sheet.problems[0].params).toEqual({ codes: 'S-DED、Q-DED' });
  });

  it('asks for a value where a note has none, unless one is stored; and holds notes to 500 characters', () => {
    const stored = storedCells([{ round: 'P1', aspect: 'S-DED', attempt: 1, value: 4, note: null, registration: { id: 'R2' }, judge: { id: 'J' } } satisfies StoredMark], 'P1', 'J');
    const sheet = readPeriodSheet([header, ['1', '', '只写了备注', '', ''], ['2', '', '复查：已整改', '', ''], ['3', 1, 'x'.repeat(501), '', '']], { ...scheme, stored });
    expect(reasons(sheet.problems)).toEqual([
      [2, 'C', 'missing'],
      [4, 'C', 'noteTooLong'],
    ]);
    expect(sheet.problems[1].params).toEqual({ max: 500 });
  });

  it('says a sheet without rows has none', () => {
    expect(reasons(readPeriodSheet([], scheme).problems)).toEqual([[1, '', 'noRows']]);
    expect(reasons(readPeriodSheet([header], scheme).problems)).toEqual([[2, '', 'noRows']]);
  });

  it('submits only the rows without errors, as the typed entry saves them', () => {
    const sheet = read(['一标段项目部', 2, '', '', 28], ['二标段项目部', 11, '', '', 20], ['三标段项目部', '', '', 1, '']);
    const good = goodRows(sheet);
    expect(good.map((row) => row.row)).toEqual([2, 4]);
    expect(sheetPlan(good, aspects, new Map()).marks.map((m) => [m.registrationId, m.aspect, m.value])).toEqual([
      ['R1', 'S-DED', 2],
      ['R1', 'S-VETO', 0], // a unit's veto item not assessed yet goes with its marks as 0, as in the typed entry
      ['R1', 'P', 28],
      ['R3', 'S-VETO', 1],
    ]);
  });

  it('puts the API’s refusals at their cells, and one the sheet has no column for at the unit', () => {
    const sheet = readPeriodSheet([['参赛单位', '安全隐患扣分', '安全隐患扣分 备注'], ['1', 2, '复查']], scheme);
    const refusals = new Map([
      [cellKey('R1', 'S-DED'), { value: '竞赛考核组不评此项', note: '最多 500 个字' }],
      [cellKey('R1', 'S-VETO'), { value: '竞赛考核组不评此项' }],
    ]);
    expect(refusedProblems(sheet, aspects, refusals)).toEqual([
      { row: 2, column: 1, reason: 'refused', params: { message: '竞赛考核组不评此项' } },
      { row: 2, column: 2, reason: 'refused', params: { message: '最多 500 个字' } },
      { row: 2, column: 0, reason: 'refusedIndicator', params: { aspect: '重大安全事故', message: '竞赛考核组不评此项' } },
    ]);
  });

  it('offers a template that reads back without a problem', () => {
    const template = periodTemplate(units, aspects, { unit: '参赛单位', note: '备注' });
    expect(template[0]).toEqual(['参赛单位', '安全隐患扣分', '安全隐患扣分 备注', '重大安全事故', '重大安全事故 备注', '进度完成', '进度完成 备注']);
    expect(template.slice(1).map((row) => row[0])).toEqual(['一标段项目部', '二标段项目部', '三标段项目部']);
    expect(readPeriodSheet(template, scheme).problems).toEqual([]);
    // units of the same name by their bib
    const twins = [unit(1, '项目部'), unit(2, '项目部')];
    expect(periodTemplate(twins, aspects, { unit: 'Unit', note: 'note' }).slice(1).map((row) => row[0])).toEqual(['1', '2']);
  });

  it('names columns as a spreadsheet does', () => {
    expect([0, 2, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'C', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
