import { describe, expect, it } from 'vitest';
import { isSkillLevel, skillLevelLabel, skillLevelName, skillLevelOptions, skillLevelRank, skillLevels } from './skillLevel';

describe('skill levels', () => {
  it('names the eight levels of the national ladder in Chinese, lowest first', () => {
    expect(skillLevels.map((level) => skillLevelName(level, 'zh-CN'))).toEqual([
      '学徒工',
      '初级工',
      '中级工',
      '高级工',
      '技师',
      '高级技师',
      '特级技师',
      '首席技师',
    ]);
  });

  it('names them in English too', () => {
    expect(skillLevelName('SENIOR_TECHNICIAN', 'en')).toBe('Senior technician');
    expect(skillLevelName('APPRENTICE', 'en')).toBe('Apprentice');
  });

  it('adds the certificate grade: 初级工 is 五级, 高级技师 is 一级; 学徒工 and 特级/首席技师 have none', () => {
    expect(skillLevelLabel('JUNIOR', 'zh-CN')).toBe('初级工（五级）');
    expect(skillLevelLabel('TECHNICIAN', 'zh-CN')).toBe('技师（二级）');
    expect(skillLevelLabel('SENIOR_TECHNICIAN', 'zh-CN')).toBe('高级技师（一级）');
    expect(skillLevelLabel('SENIOR', 'en')).toBe('Senior worker (level 3)');
    expect(skillLevelLabel('APPRENTICE', 'zh-CN')).toBe('学徒工');
    expect(skillLevelLabel('CHIEF_TECHNICIAN', 'zh-CN')).toBe('首席技师');
  });

  it('orders the ladder, and shows an unknown code as it comes', () => {
    expect(skillLevelRank('APPRENTICE')).toBe(0);
    expect(skillLevelRank('TECHNICIAN')).toBeGreaterThan(skillLevelRank('SENIOR'));
    expect(skillLevelRank('MASTER')).toBe(-1);
    expect(isSkillLevel('MASTER')).toBe(false);
    expect(skillLevelName('MASTER', 'zh-CN')).toBe('MASTER');
  });

  it('offers every level as a select option', () => {
    const options = skillLevelOptions('zh-CN');
    expect(options).toHaveLength(8);
    expect(options[3]).toEqual({ value: 'SENIOR', label: '高级工（三级）' });
  });
});
