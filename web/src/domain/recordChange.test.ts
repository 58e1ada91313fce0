import { describe, expect, it } from 'vitest';
import { apiEnum, rawEnumCodesIn } from '../i18n/rawEnumCodes';
import { actionText, byAtText, changesShown, changeText, fieldText, reasonText, recordChangeWords, subjectText, valueText } from './recordChange';

describe('a correction in words', () => {
  it('names what was corrected and how', () => {
    expect(['Competition', 'Event', 'Registration', 'JudgeAssignment'].map((s) => subjectText(s, 'zh-CN'))).toEqual(['竞赛', '赛项', '报名', '裁判']);
    expect(['UPDATED', 'WITHDRAWN', 'DISQUALIFIED', 'REINSTATED', 'REMOVED', 'REPLACED', 'ASPECTS_ASSIGNED'].map((a) => actionText(a, 'zh-CN'))).toEqual([
      '修改',
      '退赛',
      '取消资格',
      '恢复参赛',
      '移除',
      '替换',
      '分配评分项',
    ]);
    expect(actionText('UPDATED', 'en')).toBe('Edited');
    expect(subjectText('JudgeAssignment', 'en')).toBe('Judge');
  });

  it('names every action of the API in both languages', () => {
    for (const language of ['zh-CN', 'en'] as const) {
      expect(apiEnum('ChangeAction').filter((action) => actionText(action, language) === action), language).toEqual([]);
    }
  });

  it('gives each field from → to with enum values and skill levels by name', () => {
    expect(changeText('Competition', { field: 'level', from: 'MUNICIPAL_CLASS_II', to: 'MUNICIPAL_CLASS_I' }, 'zh-CN')).toBe('级别：市级二类 → 市级一类');
    expect(changeText('Competition', { field: 'kind', from: 'SKILL', to: 'LABOR' }, 'zh-CN')).toBe('类型：职业技能竞赛 → 劳动竞赛');
    expect(changeText('Registration', { field: 'skillLevel', from: 'SENIOR', to: 'TECHNICIAN' }, 'zh-CN')).toBe('技能等级：高级工（三级） → 技师（二级）');
    expect(changeText('Registration', { field: 'status', from: 'APPROVED', to: 'WITHDRAWN' }, 'zh-CN')).toBe('报名状态：已确认 → 已退赛');
    expect(changeText('JudgeAssignment', { field: 'role', from: 'JUDGE', to: 'CHIEF_JUDGE' }, 'zh-CN')).toBe('职务：裁判员 → 裁判长');
    expect(changeText('Event', { field: 'conflictPolicy', from: 'BLOCK', to: 'FLAG' }, 'zh-CN')).toContain('回避规则：回避');
    expect(changeText('Event', { field: 'format', from: 'INDIVIDUAL', to: 'TEAM' }, 'zh-CN')).toBe('参赛形式：个人赛 → 团体赛');
    expect(changeText('Competition', { field: 'level', from: 'MUNICIPAL_CLASS_II', to: 'MUNICIPAL_CLASS_I' }, 'en')).toBe('Level: Municipal class II → Municipal class I');
    expect(changeText('Registration', { field: 'status', from: 'APPROVED', to: 'DISQUALIFIED' }, 'en')).toBe('Status: Confirmed → Disqualified');
  });

  it('says a blank value as （空）', () => {
    expect(changeText('Registration', { field: 'statusReason', from: null, to: '因伤退赛' }, 'zh-CN')).toBe('原因：（空） → 因伤退赛');
    expect(changeText('Registration', { field: 'affiliation', from: '', to: '铜陵有色' }, 'en')).toBe('Affiliation: (empty) → 铜陵有色');
  });

  it('reads lists, team members and names by their subject', () => {
    expect(changeText('JudgeAssignment', { field: 'aspects', from: '[]', to: '[A1, A2]' }, 'zh-CN')).toBe('负责的评分项：无 → A1、A2');
    expect(changeText('Event', { field: 'tieBreakModules', from: '[P, T]', to: '[T]' }, 'en')).toBe('Tie-breaks: P, T → T');
    expect(changeText('Registration', { field: 'members.0.name', from: '王五', to: '王武' }, 'zh-CN')).toBe('队员 1 姓名：王五 → 王武');
    expect(changeText('Registration', { field: 'members.1.skillLevel', from: null, to: 'JUNIOR' }, 'zh-CN')).toBe('队员 2 技能等级：（空） → 初级工（五级）');
    expect(changeText('Registration', { field: 'members.0.name', from: '乙', to: '乙二' }, 'en')).toBe('Name of member 1: 乙 → 乙二');
    expect(valueText('members.1.category', 'STUDENT', 'zh-CN')).toBe('学生');
    expect(fieldText('Competition', 'name', 'zh-CN')).toBe('名称');
    expect(fieldText('Registration', 'name', 'zh-CN')).toBe('姓名');
  });

  it('shows a field, value or action it does not know as it comes', () => {
    expect(changeText('Event', { field: 'rounds', from: 'final 决赛: T 理论 ×1 (T1 笔试 ≤100)', to: 'final 决赛: T 理论 ×0.3 (T1 笔试 ≤100); P 实操 ×0.7 (P1 焊缝 ≤10)' }, 'zh-CN')).toBe(
      '评分标准：final 决赛: T 理论 ×1 (T1 笔试 ≤100) → final 决赛: T 理论 ×0.3 (T1 笔试 ≤100); P 实操 ×0.7 (P1 焊缝 ≤10)',
    );
    const details = { field: 'rounds', from: '{"rounds":[{"code":"final","modules":[]}]}', to: '{"rounds":[{"code":"final","modules":[{}]}]}' };
    expect(changeText('Event', details, 'zh-CN')).toBe('评分标准：评分细则已修改（计分方式、裁判人数、去掉最高最低分等）');
    expect(changeText('Event', details, 'en')).toBe('Marking scheme: details changed (aggregation, number of judges, drops …)');
    expect(changeText('Registration', { field: 'seat', from: '3', to: '4' }, 'zh-CN')).toBe('seat：3 → 4');
    expect(valueText('status', 'MERGED', 'zh-CN')).toBe('MERGED');
    expect(actionText('MERGED', 'zh-CN')).toBe('MERGED');
    expect(subjectText('Team', 'zh-CN')).toBe('Team');
  });

  it('says the reason once: a withdrawal’s statusReason that repeats it is not listed', () => {
    const withdrawal = {
      reason: '因伤退赛',
      changes: [
        { field: 'status', from: 'APPROVED', to: 'WITHDRAWN' },
        { field: 'statusReason', from: null, to: '因伤退赛' },
      ],
    };
    expect(changesShown(withdrawal).map((c) => c.field)).toEqual(['status']);
    expect(changesShown({ ...withdrawal, reason: null }).map((c) => c.field)).toEqual(['status', 'statusReason']);
    expect(reasonText('因伤退赛', 'zh-CN')).toBe('原因：因伤退赛');
  });

  it('says who and when, to the minute', () => {
    expect(byAtText({ by: 'organizer', at: '2026-05-02T09:30:00+08:00' }, 'zh-CN')).toMatch(/^organizer 于 2026-05-\d\d \d\d:30$/);
    expect(byAtText({ by: 'organizer', at: 'soon' }, 'en')).toBe('organizer on soon');
  });
});

describe('the words of a correction', () => {
  const fixed = (language: 'zh-CN' | 'en') => {
    const { subject, action, field, empty, none, separator } = recordChangeWords[language];
    return { subject, action, field, empty, none, separator };
  };
  const keys = (tree: object, prefix = ''): string[] =>
    Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [prefix + key] : keys(value as object, `${prefix}${key}.`)));
  const texts = (tree: object): string[] => Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : texts(value as object)));

  it('are there in both languages, the same ones', () => {
    expect(keys(fixed('en')).sort()).toEqual(keys(fixed('zh-CN')).sort());
  });

  it('show Chinese readers no API code and no English words', () => {
    const { memberField, change, byAt, reason } = recordChangeWords['zh-CN'];
    for (const text of [...texts(fixed('zh-CN')), memberField(1, '姓名'), change('姓名', '甲', '乙'), byAt('', ''), reason('')]) {
      expect(rawEnumCodesIn(text), text).toEqual([]);
      expect(text.match(/[A-Za-z]{2,}/g) ?? [], text).toEqual([]);
    }
  });
});
