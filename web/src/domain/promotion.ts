import type { Language } from '../i18n';
import { skillLevelName } from './skillLevel';

/** Names of the promotion enums (OutcomeKind, OutcomeStatus) as HR and workers read them, Chinese first. */
const names: Record<Language, { status: Record<string, string>; kind: Record<string, string> }> = {
  'zh-CN': {
    status: { PROPOSED: '待审核', APPROVED: '已批准', REJECTED: '已驳回' },
    kind: { SKILL_LEVEL: '技能等级晋升', TITLE: '荣誉称号', HONOR_NOMINATION: '荣誉推荐' },
  },
  en: {
    status: { PROPOSED: 'To review', APPROVED: 'Approved', REJECTED: 'Rejected' },
    kind: { SKILL_LEVEL: 'Skill level', TITLE: 'Title', HONOR_NOMINATION: 'Honour nomination' },
  },
};

export const outcomeStatuses = ['PROPOSED', 'APPROVED', 'REJECTED'] as const;

export function outcomeStatusName(status: string, language: Language): string {
  return names[language].status[status] ?? status;
}

export function outcomeKindName(kind: string, language: Language): string {
  return names[language].kind[kind] ?? kind;
}

export const outcomeStatusColors: Record<string, string> = { PROPOSED: 'gold', APPROVED: 'green', REJECTED: 'red' };

/** What an outcome gives: "中级工 → 高级工" for a level (from "无等级" when none was recorded), else the title. */
export function outcomeResult(
  outcome: { kind: string; fromLevel?: string | null; toLevel?: string | null; title?: string | null },
  language: Language,
): string {
  if (outcome.kind === 'SKILL_LEVEL' && outcome.toLevel) {
    const from = outcome.fromLevel ? skillLevelName(outcome.fromLevel, language) : language === 'zh-CN' ? '无等级' : 'no level';
    return `${from} → ${skillLevelName(outcome.toLevel, language)}`;
  }
  return outcome.title ?? '';
}
