import { describe, expect, it } from 'vitest';
import { outcomeKindName, outcomeResult, outcomeStatusName } from './promotion';

describe('promotion outcomes', () => {
  it('names statuses and kinds in Chinese and English', () => {
    expect(outcomeStatusName('PROPOSED', 'zh-CN')).toBe('待审核');
    expect(outcomeStatusName('APPROVED', 'en')).toBe('Approved');
    expect(outcomeKindName('SKILL_LEVEL', 'zh-CN')).toBe('技能等级晋升');
    expect(outcomeKindName('HONOR_NOMINATION', 'en')).toBe('Honour nomination');
  });

  it('shows a level step from → to, and a title as it is', () => {
    expect(outcomeResult({ kind: 'SKILL_LEVEL', fromLevel: 'INTERMEDIATE', toLevel: 'SENIOR' }, 'zh-CN')).toBe('中级工 → 高级工');
    expect(outcomeResult({ kind: 'SKILL_LEVEL', fromLevel: null, toLevel: 'APPRENTICE' }, 'zh-CN')).toBe('无等级 → 学徒工');
    expect(outcomeResult({ kind: 'TITLE', title: '全国技术能手' }, 'zh-CN')).toBe('全国技术能手');
  });
});
