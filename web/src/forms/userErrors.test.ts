import { describe, expect, it } from 'vitest';
import { hasValueAt, messageWithoutPath, splitUserErrors, toFieldName } from './userErrors';

describe('userErrors → form fields', () => {
  const values = {
    name: '焊工',
    rounds: [{ code: 'F', modules: [{ code: 'T', weight: -1 }, { code: 'P', weight: 0.7, aspects: [{ code: 'P1', maxMark: 0 }] }] }],
    awards: [],
  };
  const hasField = (name: (string | number)[]) => hasValueAt(values, name);

  it('turns a path into a form field name with numeric indexes', () => {
    expect(toFieldName(['rounds', '0', 'modules', '1', 'weight'])).toEqual(['rounds', 0, 'modules', 1, 'weight']);
  });

  it('shows each error next to the field it names, without the field in words', () => {
    const split = splitUserErrors(
      [
        { field: ['rounds', '0', 'modules', '0', 'weight'], message: '第1轮 第1个模块 权重：不能为负数', problem: '不能为负数' },
        { field: ['rounds', '0', 'modules', '1', 'aspects', '0', 'maxMark'], message: 'round 1, module 2, aspect 1, maximum mark: must be above 0', problem: 'must be above 0' },
        { field: ['name'], message: 'name: must not be blank', problem: 'must not be blank' },
      ],
      { hasField },
    );
    expect(split.fields).toEqual([
      { name: ['rounds', 0, 'modules', 0, 'weight'], errors: ['不能为负数'] },
      { name: ['rounds', 0, 'modules', 1, 'aspects', 0, 'maxMark'], errors: ['must be above 0'] },
      { name: ['name'], errors: ['must not be blank'] },
    ]);
    expect(split.others).toEqual([]);
  });

  it('keeps errors without a field, or naming no field of the form, for an alert with their path', () => {
    const split = splitUserErrors(
      [
        { field: null, message: 'only organizers create events' },
        { field: ['awards', '2'], message: '第3个奖项：奖项需要名次范围、百分比范围或最低总分', problem: '奖项需要名次范围、百分比范围或最低总分' },
        { field: ['competitionId'], message: 'competition: there is no competition with the id Q29t', problem: 'there is no competition with the id Q29t' },
      ],
      { hasField },
    );
    expect(split.fields).toEqual([]);
    expect(split.others).toHaveLength(3);
    expect(split.others[1]).toContain('第3个奖项');
  });

  it('finds the fields of a one-item form under its leading path', () => {
    const form = { name: '', nationalId: '110101199003071234' };
    const split = splitUserErrors(
      [
        { field: ['competitors', '0', 'nationalId'], message: '第1名选手 身份证号：校验位应为 5，不是 4', problem: '校验位应为 5，不是 4' },
        { field: ['eventId'], message: '赛项：报名已截止：竞赛当前为“成绩确认”', problem: '报名已截止：竞赛当前为“成绩确认”' },
      ],
      { prefix: ['competitors', '0'], hasField: (name) => hasValueAt(form, name) },
    );
    expect(split.fields).toEqual([{ name: ['nationalId'], errors: ['校验位应为 5，不是 4'] }]);
    expect(split.others).toEqual(['赛项：报名已截止：竞赛当前为“成绩确认”']);
  });

  it('gathers two errors on one field', () => {
    const split = splitUserErrors(
      [
        { field: ['name'], message: 'name: must not be blank', problem: 'must not be blank' },
        { field: ['name'], message: 'name: too long', problem: 'too long' },
      ],
      { hasField },
    );
    expect(split.fields).toEqual([{ name: ['name'], errors: ['must not be blank', 'too long'] }]);
  });

  it('leaves a message without a path as it is', () => {
    expect(messageWithoutPath({ field: null, message: 'a: b', problem: 'b' })).toBe('a: b');
    expect(messageWithoutPath({ field: ['x'], message: 'x: must be set', problem: 'must be set' })).toBe('must be set');
    expect(messageWithoutPath({ field: ['weight'], message: '权重：不能为负数', problem: '不能为负数' })).toBe('不能为负数');
  });
});
