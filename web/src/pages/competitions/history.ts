import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { enumName, type EnumGroup } from '../../domain/competition';
import { skillLevelLabel } from '../../domain/skillLevel';
import type { Language } from '../../i18n';

/**
 * Competition.history in words (namespace `competitions`, keys `history.*`): what was corrected (竞赛, 赛项,
 * 报名, 裁判 and its name), how (修改, 退赛 …), and each field from → to with the field's name and enum values
 * as readers know them. The API gives every value as text, an enum as its code and a list as "[A1, B1]";
 * a field, subject or action this screen does not know yet is shown as it comes.
 */
export interface RecordChangeText {
  subject: string;
  subjectName: string;
  action: string;
  changes: readonly { field: string; from?: string | null; to?: string | null }[];
  reason?: string | null;
  by: string;
  at: string;
}

/** The enum a field's values are codes of. */
const enumFields: Record<string, EnumGroup> = {
  kind: 'kind',
  level: 'level',
  format: 'format',
  conflictPolicy: 'conflict',
  role: 'judgeRole',
  category: 'category',
  resultsVisibility: 'visibility',
};

/** Fields whose value is a list (aspect codes, module codes, award names). */
const listFields = new Set(['aspects', 'tieBreakModules', 'awards']);

/** 竞赛, 赛项, 报名, 裁判. */
export function subjectText(subject: string, t: TFunction): string {
  return t(`history.subject.${subject}`, { defaultValue: subject });
}

/** 修改, 退赛, 取消资格, 恢复参赛, 移除, 替换, 分配评分项. */
export function actionText(action: string, t: TFunction): string {
  return t(`history.actions.${action}`, { defaultValue: action });
}

/** The field's name for its subject: name is 名称 of a competition, 姓名 of a registration; members.0.name 队员 1 姓名. */
export function fieldText(subject: string, field: string, t: TFunction): string {
  const member = /^members\.(\d+)\.(\w+)$/.exec(field);
  if (member) return t('history.memberField', { n: Number(member[1]) + 1, field: fieldText('Registration', member[2], t) });
  return t(`history.field.${subject}.${field}`, { defaultValue: t(`history.field.any.${field}`, { defaultValue: field }) });
}

/** A value as readers know it: enum codes by name, lists without brackets, nothing as （空）. */
export function valueText(field: string, value: string | null | undefined, language: Language, t: TFunction): string {
  if (value === null || value === undefined || value === '') return t('history.empty');
  const base = field.split('.').pop() ?? field;
  if (base === 'skillLevel') return skillLevelLabel(value, language);
  if (base === 'status') return enumName('registrationStatus', value, language);
  const group = enumFields[base];
  if (group) return enumName(group, value, language);
  if (listFields.has(base) && /^\[.*\]$/.test(value)) {
    const items = value.slice(1, -1).trim();
    return items === '' ? t('history.none') : items.split(', ').join(t('history.separator'));
  }
  return value;
}

/** One changed field in a line: 级别：市级二类 → 市级一类. */
export function changeText(subject: string, change: RecordChangeText['changes'][number], language: Language, t: TFunction): string {
  return t('history.change', {
    field: fieldText(subject, change.field, t),
    from: valueText(change.field, change.from, language, t),
    to: valueText(change.field, change.to, language, t),
  });
}

/** When, in the reader's time zone: 2026-05-10 14:03. */
export function atText(at: string): string {
  const when = dayjs(at);
  return when.isValid() ? when.format('YYYY-MM-DD HH:mm') : at;
}
