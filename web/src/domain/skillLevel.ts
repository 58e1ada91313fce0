import type { Language } from '../i18n';

/**
 * The national vocational skill ladder, lowest first (人社部发〔2022〕14号 "新八级"): 学徒工, then the five
 * levels of the 职业技能等级 (五级 初级工 … 一级 高级技师), then 特级技师 and 首席技师 above them.
 * The codes are the API's SkillLevel values.
 */
export const skillLevels = [
  'APPRENTICE',
  'JUNIOR',
  'INTERMEDIATE',
  'SENIOR',
  'TECHNICIAN',
  'SENIOR_TECHNICIAN',
  'PRINCIPAL_TECHNICIAN',
  'CHIEF_TECHNICIAN',
] as const;

export type SkillLevelCode = (typeof skillLevels)[number];

const names: Record<Language, Record<SkillLevelCode, string>> = {
  'zh-CN': {
    APPRENTICE: '学徒工',
    JUNIOR: '初级工',
    INTERMEDIATE: '中级工',
    SENIOR: '高级工',
    TECHNICIAN: '技师',
    SENIOR_TECHNICIAN: '高级技师',
    PRINCIPAL_TECHNICIAN: '特级技师',
    CHIEF_TECHNICIAN: '首席技师',
  },
  en: {
    APPRENTICE: 'Apprentice',
    JUNIOR: 'Junior worker',
    INTERMEDIATE: 'Intermediate worker',
    SENIOR: 'Senior worker',
    TECHNICIAN: 'Technician',
    SENIOR_TECHNICIAN: 'Senior technician',
    PRINCIPAL_TECHNICIAN: 'Principal technician',
    CHIEF_TECHNICIAN: 'Chief technician',
  },
};

/** The grade of the five-level certificate system: 初级工 is 五级 (level 5) … 高级技师 is 一级 (level 1). */
const grades: Partial<Record<SkillLevelCode, number>> = {
  JUNIOR: 5,
  INTERMEDIATE: 4,
  SENIOR: 3,
  TECHNICIAN: 2,
  SENIOR_TECHNICIAN: 1,
};

const chineseDigits = ['', '一', '二', '三', '四', '五'];

export function isSkillLevel(value: unknown): value is SkillLevelCode {
  return skillLevels.includes(value as SkillLevelCode);
}

/** 高级工, Senior worker; an unknown code (a newer API) is shown as it comes. */
export function skillLevelName(level: string, language: Language): string {
  return isSkillLevel(level) ? names[language][level] : level;
}

/** 高级工（三级）, Senior worker (level 3): the name with its certificate grade where it has one. */
export function skillLevelLabel(level: string, language: Language): string {
  const name = skillLevelName(level, language);
  const grade = isSkillLevel(level) ? grades[level] : undefined;
  if (grade === undefined) return name;
  return language === 'zh-CN' ? `${name}（${chineseDigits[grade]}级）` : `${name} (level ${grade})`;
}

/** Position on the ladder, 0 for 学徒工; -1 for an unknown code. */
export function skillLevelRank(level: string): number {
  return skillLevels.indexOf(level as SkillLevelCode);
}

/** The levels as select options, lowest first. */
export function skillLevelOptions(language: Language): { value: SkillLevelCode; label: string }[] {
  return skillLevels.map((level) => ({ value: level, label: skillLevelLabel(level, language) }));
}
