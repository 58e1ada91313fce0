import { describe, expect, it } from 'vitest';
import {
  cellKey,
  cellProblem,
  defaultRound,
  pendingEdits,
  planSave,
  refusalsByCell,
  storedCells,
  unitName,
  vetoReasonText,
  type AssessRound,
  type CellEdit,
  type StoredMark,
} from './assessModel';

const aspects = [
  { code: 'S-DED', name: '安全隐患扣分', maxMark: 30, effect: 'DEDUCT' },
  { code: 'S-VETO', name: '重大安全事故', maxMark: 1, effect: 'VETO' },
  { code: 'P', name: '进度完成', maxMark: 30, effect: 'ADD' },
];
const round = (code: string, sequence: number, startsOn: string | null, endsOn: string | null): AssessRound => ({
  code,
  name: `第${sequence}考核期`,
  sequence,
  startsOn,
  endsOn,
  modules: [{ code: 'safety', name: '比安全', aspects }],
});
const units = [{ id: 'R1' }, { id: 'R2' }];
const mark = (registration: string, aspect: string, value: number, more: Partial<StoredMark> = {}): StoredMark => ({
  round: 'P1',
  aspect,
  attempt: 1,
  value,
  note: null,
  registration: { id: registration },
  judge: { id: 'J1' },
  ...more,
});

describe('the assessment sheet', () => {
  it('holds the assessor’s marks of attempt 1 of the period only', () => {
    const stored = storedCells(
      [mark('R1', 'S-DED', 2, { note: ' 未系安全带 ' }), mark('R1', 'P', 9, { judge: { id: 'J2' } }), mark('R1', 'P', 8, { round: 'P2' }), mark('R2', 'P', 7, { attempt: 2 })],
      'P1',
      'J1',
    );
    expect([...stored]).toEqual([[cellKey('R1', 'S-DED'), { value: 2, note: '未系安全带' }]]);
  });

  it('sends the changed cells, and a unit’s veto items not assessed yet as 0 with them', () => {
    const stored = storedCells([mark('R1', 'S-DED', 2), mark('R1', 'S-VETO', 0), mark('R1', 'P', 20)], 'P1', 'J1');
    const edits = new Map<string, CellEdit>([
      [cellKey('R1', 'S-DED'), { value: 2, note: '复查：已整改' }],
      [cellKey('R1', 'P'), { value: 20 }], // typed back to what is stored: not changed
      [cellKey('R2', 'P'), { value: 25 }],
    ]);
    expect(planSave(units, aspects, stored, edits)).toEqual({
      marks: [
        { key: 'R1|S-DED', registrationId: 'R1', aspect: 'S-DED', value: 2, note: '复查：已整改' },
        { key: 'R2|S-VETO', registrationId: 'R2', aspect: 'S-VETO', value: 0, note: null },
        { key: 'R2|P', registrationId: 'R2', aspect: 'P', value: 25, note: null },
      ],
      problems: new Map(),
    });
    expect(planSave(units, aspects, stored, new Map())).toEqual({ marks: [], problems: new Map() });
  });

  it('stops a save at a cell without a value or above its maximum', () => {
    const edits = new Map<string, CellEdit>([
      [cellKey('R1', 'S-DED'), { note: '只写了备注' }],
      [cellKey('R2', 'P'), { value: 31 }],
      [cellKey('R2', 'S-DED'), { value: 1.23456 }],
    ]);
    const plan = planSave(units, aspects, new Map(), edits);
    expect(plan.problems).toEqual(new Map([['R1|S-DED', 'missing'], ['R2|S-DED', 'tooManyDecimals'], ['R2|P', 'aboveMax']]));
  });

  it('holds a cell to the rules submitMarks applies: a value within range, a veto item 0 or 1, a note of 500 characters', () => {
    const [deduction, veto] = aspects;
    expect(cellProblem(deduction, { value: 30, note: 'x'.repeat(500) })).toBeNull();
    expect(cellProblem(deduction, { value: null, note: '只写了备注' })).toBe('missing');
    expect(cellProblem(deduction, { value: 2, note: 'x'.repeat(501) })).toBe('noteTooLong');
    expect([0, 1, 2, 0.5, -1, null].map((value) => cellProblem(veto, { value, note: null }))).toEqual([null, null, 'notVeto', 'notVeto', 'notVeto', 'missing']);
  });

  it('forgets the edits a reload brought back as stored', () => {
    const stored = storedCells([mark('R1', 'S-DED', 4, { note: '扣4分' })], 'P1', 'J1');
    const edits = new Map<string, CellEdit>([
      [cellKey('R1', 'S-DED'), { value: 4, note: ' 扣4分' }],
      [cellKey('R2', 'P'), { value: 5 }],
    ]);
    expect([...pendingEdits(stored, edits).keys()]).toEqual(['R2|P']);
  });

  it('puts each refusal at the cell it names: a note’s at the note, any other at the value', () => {
    const sent = [
      { key: 'R1|S-DED', registrationId: 'R1', aspect: 'S-DED', value: 2, note: 'x' },
      { key: 'R2|P', registrationId: 'R2', aspect: 'P', value: 25, note: null },
    ];
    const { cells, others } = refusalsByCell(sent, [
      { field: ['marks', '0', 'note'], message: '第1条评分 备注：最多 500 个字', problem: '最多 500 个字' },
      { field: ['marks', '1', 'judgeId'], message: '第2条评分 裁判：已被替换', problem: '已被替换' },
      { field: ['marks', '1', 'value'], message: '第2条评分 分值：高于满分', problem: '高于满分' },
      { field: ['idempotencyKey'], message: '幂等键已用于其他赛项', problem: '已用于其他赛项' },
    ]);
    expect(cells).toEqual(new Map([['R1|S-DED', { note: '最多 500 个字' }], ['R2|P', { value: '已被替换；高于满分' }]]));
    expect(others).toEqual(['幂等键已用于其他赛项']);
  });

  it('opens the period holding today, else the latest begun, else the first', () => {
    const rounds = [round('P2', 2, '2026-05-01', '2026-06-30'), round('P1', 1, '2026-03-01', '2026-04-30'), round('P3', 3, '2026-07-01', '2026-08-31')];
    expect(defaultRound(rounds, '2026-05-20')).toBe('P2');
    expect(defaultRound(rounds, '2026-12-01')).toBe('P3');
    expect(defaultRound(rounds, '2026-01-01')).toBe('P1');
    expect(defaultRound([round('A', 1, null, null), round('B', 2, null, null)], '2026-01-01')).toBe('B');
    expect(defaultRound([], '2026-01-01')).toBeUndefined();
  });

  it('says a veto reason in words, and a unit by its name', () => {
    const rounds = [round('P1', 1, null, null), round('P2', 2, null, null)];
    expect(vetoReasonText('P2/S-VETO', rounds)).toBe('第2考核期 重大安全事故');
    expect(vetoReasonText('P9/S-VETO', rounds)).toBe('P9/S-VETO');
    expect(unitName({ team: '一标段项目部', competitor: { name: '项目经理1' } })).toBe('一标段项目部');
    expect(unitName({ team: ' ', competitor: { name: '项目经理1' } })).toBe('项目经理1');
  });
});
