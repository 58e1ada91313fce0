import { describe, expect, it } from 'vitest';
import { checkCharacter, nationalIdProblem } from './nationalId';
import { goodEntries, mapApiErrors, parseRoster, parseSkillLevel, templateHeader } from './roster';

const header = Object.values(templateHeader); // 姓名* 身份证号 参赛号 工作单位 人员类别 现技能等级 登录名 代表队
const individual = { format: 'INDIVIDUAL' as const, teamSize: 1 };

// Valid numbers built with their check character, so the tests do not depend on real people.
const id = (first17: string) => first17 + checkCharacter(first17);
const idA = id('11010119900307123');
const idB = id('44030519851111002');
const idC = id('32010219950620301');

describe('national id numbers (GB 11643-1999)', () => {
  it('computes the check character, X for 10', () => {
    expect(checkCharacter('11010519491231002')).toBe('X'); // the standard's own example
    expect(nationalIdProblem('11010519491231002X')).toBeNull();
    expect(nationalIdProblem('11010519491231002x')).toBeNull();
  });

  it('names the expected check character of a wrong number', () => {
    expect(nationalIdProblem('110105194912310021')).toEqual({ kind: 'checkCharacter', expected: 'X', actual: '1' });
  });

  it('accepts other documents of 5 to 20 letters and digits, nothing else', () => {
    expect(nationalIdProblem('E12345678')).toBeNull();
    expect(nationalIdProblem('1234')).toEqual({ kind: 'format' });
    expect(nationalIdProblem('11010519491231002-')).toEqual({ kind: 'format' });
  });
});

describe('parseRoster', () => {
  it('reads every row into a competitor with the codes the API takes', () => {
    const roster = parseRoster(
      [header, ['赵磊', idA, '7', '铜陵有色', '职工', '中级工', 'competitor', ''], ['钱芳', idB, '', '', '学生', '四级', '', '']],
      individual,
    );
    expect(roster.problems).toEqual([]);
    expect(roster.rowCount).toBe(2);
    expect(roster.entries).toEqual([
      {
        rows: [2],
        input: { name: '赵磊', nationalId: idA, bib: '7', affiliation: '铜陵有色', category: 'EMPLOYEE', skillLevel: 'INTERMEDIATE', username: 'competitor' },
      },
      { rows: [3], input: { name: '钱芳', nationalId: idB, category: 'STUDENT', skillLevel: 'INTERMEDIATE' } },
    ]);
  });

  it('reports every bad row with its spreadsheet row number and reason', () => {
    const wrongCheck = idC.slice(0, 17) + (idC[17] === '1' ? '2' : '1');
    const roster = parseRoster(
      [
        header,
        ['赵磊', idA, '1', '', '', '', '', ''], // row 2: good
        ['', idB, '2', '', '', '', '', ''], // row 3: no name
        ['孙强', wrongCheck, '3', '', '', '', '', ''], // row 4: check character
        [], // row 5: blank, skipped
        ['周敏', idA, '1', '', '干部', '大师', '', ''], // row 6: id and bib of row 2, unknown category and level
      ],
      individual,
    );
    expect(roster.problems.map((p) => [p.row, p.column, p.reason])).toEqual([
      [3, 'name', 'nameRequired'],
      [4, 'nationalId', 'nationalIdCheck'],
      [6, 'nationalId', 'duplicateNationalId'],
      [6, 'bib', 'duplicateBib'],
      [6, 'category', 'unknownCategory'],
      [6, 'skillLevel', 'unknownSkillLevel'],
    ]);
    expect(roster.problems[1].params).toEqual({ expected: idC[17], actual: wrongCheck[17] });
    expect(roster.problems[2].params).toEqual({ value: idA, otherRow: 2 });
    expect(roster.entries.map((e) => e.rows[0])).toEqual([2, 3, 4, 6]);
    expect(goodEntries(roster.entries, roster.problems).map((e) => e.input.name)).toEqual(['赵磊']);
  });

  it('refuses an id Excel stored as a number: its last digits are gone', () => {
    const roster = parseRoster([header, ['赵磊', 110101199003071000, '', '', '', '', '', '']], individual);
    expect(roster.problems).toEqual([{ row: 2, column: 'nationalId', reason: 'nationalIdAsNumber' }]);
  });

  it('finds the columns by their names, in any order, with English headers too', () => {
    const roster = parseRoster([['Bib', 'Name', 'Team'], [12, 'Ana Silva', '']], individual);
    expect(roster.problems).toEqual([]);
    expect(roster.entries[0].input).toEqual({ name: 'Ana Silva', bib: '12' });
  });

  it('says so when the file has no 姓名 column or no rows', () => {
    expect(parseRoster([['foo', 'bar'], ['1', '2']], individual).problems).toEqual([{ row: 1, reason: 'noHeader' }]);
    expect(parseRoster([], individual).problems).toEqual([{ row: 1, reason: 'noHeader' }]);
    expect(parseRoster([header, []], individual).problems).toEqual([{ row: 2, reason: 'noRows' }]);
  });

  it('makes a team of the rows with the same 代表队, the first row the competitor', () => {
    const team = { format: 'TEAM' as const, teamSize: 2 };
    const roster = parseRoster(
      [
        header,
        ['甲一', '', 'A1', '一厂', '', '', '', '一队'],
        ['乙一', '', '', '二厂', '', '', '', '二队'],
        ['甲二', '', '', '一厂', '', '', '', '一队'],
        ['无队', '', '', '', '', '', '', ''],
      ],
      team,
    );
    expect(roster.entries[0]).toEqual({
      rows: [2, 4],
      input: { name: '甲一', bib: 'A1', affiliation: '一厂', team: '一队', members: [{ name: '甲二', affiliation: '一厂' }] },
    });
    expect(roster.problems.map((p) => [p.row, p.reason])).toEqual([
      [3, 'teamSize'],
      [5, 'teamRequired'],
    ]);
    expect(goodEntries(roster.entries, roster.problems)).toHaveLength(1);
  });

  it('reads skill levels as written on certificates', () => {
    expect(parseSkillLevel('中级工')).toBe('INTERMEDIATE');
    expect(parseSkillLevel('中级工（四级）')).toBe('INTERMEDIATE');
    expect(parseSkillLevel('一级')).toBe('SENIOR_TECHNICIAN');
    expect(parseSkillLevel('Senior technician')).toBe('SENIOR_TECHNICIAN');
    expect(parseSkillLevel('TECHNICIAN')).toBe('TECHNICIAN');
    expect(parseSkillLevel('大师')).toBeUndefined();
  });
});

describe('mapApiErrors', () => {
  it('puts competitors[i] back on the row it came from (row i+2 for a plain file), with the API\'s problem in the reader\'s words', () => {
    const roster = parseRoster([header, ['赵磊', '', '', '', '', '', '', ''], ['钱芳', '', '9', '', '', '', '', '']], individual);
    const mapped = mapApiErrors(
      [
        // the message counts competitors as sent ("第2名选手"), not rows of the file: the row shows the problem alone
        { field: ['competitors', '1', 'bib'], message: '第2名选手 参赛号：参赛号 9 在本赛项已被占用', problem: '参赛号 9 在本赛项已被占用', code: 'DUPLICATE' },
        { field: ['eventId'], message: '赛项：报名已截止：竞赛当前为“成绩确认”', problem: '报名已截止：竞赛当前为“成绩确认”', code: 'WRONG_STATE' },
      ],
      roster.entries,
    );
    expect(mapped.problems).toEqual([{ row: 3, column: 'bib', reason: 'api', message: '参赛号 9 在本赛项已被占用' }]);
    expect(mapped.others).toEqual(['赛项：报名已截止：竞赛当前为“成绩确认”']);
  });

  it('counts only the rows sent when the good rows are imported, and finds team members', () => {
    const sent = [
      { rows: [2], input: { name: 'a' } },
      { rows: [5, 7], input: { name: 'b', members: [{ name: 'c' }] } },
    ];
    const mapped = mapApiErrors(
      [
        { field: ['competitors', '1', 'members', '0', 'nationalId'], message: 'x' },
        { field: ['competitors', '1'], message: 'b is already registered in this event' },
      ],
      sent,
    );
    expect(mapped.problems.map((p) => [p.row, p.column])).toEqual([
      [5, undefined],
      [7, 'nationalId'],
    ]);
  });
});

describe('roster files', async () => {
  const { decodeText, parseCsv, templateCsv } = await import('./rosterFile');

  it('reads a CSV saved by Excel in Chinese (GB18030) as well as UTF-8 with a BOM', () => {
    const utf8 = new TextEncoder().encode('\uFEFF姓名,参赛号\r\n赵磊,1\r\n');
    expect(parseCsv(decodeText(utf8.buffer as ArrayBuffer))).toEqual([['姓名', '参赛号'], ['赵磊', '1'], ['']]);
    // 赵磊 in GB18030
    const gbk = new Uint8Array([0xd5, 0xd4, 0xc0, 0xda]);
    expect(decodeText(gbk.buffer)).toBe('赵磊');
  });

  it('offers a template the parser reads back without a problem', () => {
    const roster = parseRoster(parseCsv(templateCsv().replace(/^\uFEFF/, '')), individual);
    expect(roster.problems).toEqual([]);
    expect(roster.entries[0].input).toMatchObject({ name: '赵磊', category: 'EMPLOYEE', skillLevel: 'INTERMEDIATE' });
  });
});
