import dayjs from 'dayjs';
import type { Language } from '../i18n';
import { enumName, type EnumGroup } from './competition';
import { skillLevelLabel } from './skillLevel';

/**
 * A correction (the API's RecordChange, from Competition.history and Registration.history) in words: what was
 * corrected (竞赛, 赛项, 报名, 裁判), how (修改, 退赛 …), and each field from → to with the field's name and
 * enum values as readers know them. The API gives every value as text, an enum as its code and a list as
 * "[A1, B1]"; a field, subject or action this front end does not know yet is shown as it comes.
 */
export interface RecordChangeText {
  /** The record's API type (Competition, Event, Registration, JudgeAssignment); a list of one record's changes may leave it out. */
  subject?: string;
  subjectName?: string;
  action: string;
  changes: readonly FieldChangeText[];
  reason?: string | null;
  by: string;
  at: string;
}

export interface FieldChangeText {
  field: string;
  from?: string | null;
  to?: string | null;
}

interface Words {
  subject: Record<string, string>;
  action: Record<string, string>;
  /** Field names by subject; `any` for a field of the same name everywhere. */
  field: Record<'any' | 'Competition' | 'Event' | 'Registration' | 'JudgeAssignment', Record<string, string>>;
  /** members.0.name: 队员 1 姓名. */
  memberField: (n: number, field: string) => string;
  change: (field: string, from: string, to: string) => string;
  /** The marking scheme changed in a detail its one-line outline leaves out (the API then gives the rounds whole, as JSON). */
  schemeDetails: (field: string) => string;
  empty: string;
  /** An empty list. */
  none: string;
  separator: string;
  byAt: (by: string, at: string) => string;
  reason: (reason: string) => string;
}

const words: Record<Language, Words> = {
  'zh-CN': {
    subject: { Competition: '竞赛', Event: '赛项', Registration: '报名', JudgeAssignment: '裁判' },
    action: {
      UPDATED: '修改',
      WITHDRAWN: '退赛',
      DISQUALIFIED: '取消资格',
      REINSTATED: '恢复参赛',
      REMOVED: '移除',
      REPLACED: '替换',
      ASPECTS_ASSIGNED: '分配评分项',
    },
    field: {
      any: { name: '名称', affiliation: '工作单位', username: '登录名' },
      Competition: { name: '名称', kind: '类型', level: '级别', organizerName: '主办单位', startsOn: '开始日期', endsOn: '结束日期' },
      Event: {
        name: '名称',
        occupationCode: '职业编码',
        format: '参赛形式',
        teamSize: '每队人数',
        scoreDecimals: '成绩小数位',
        conflictPolicy: '回避规则',
        rounds: '评分标准',
        awards: '奖项',
        tieBreakModules: '同分比较',
      },
      Registration: {
        name: '姓名',
        affiliation: '工作单位',
        bib: '参赛号',
        team: '代表队',
        skillLevel: '技能等级',
        category: '人员类别',
        status: '报名状态',
        statusReason: '原因',
        username: '登录名',
        nationalId: '身份证号',
        personId: '人员',
      },
      JudgeAssignment: { name: '姓名', affiliation: '工作单位', role: '职务', username: '登录名', aspects: '负责的评分项' },
    },
    memberField: (n, field) => `队员 ${n} ${field}`,
    change: (field, from, to) => `${field}：${from} → ${to}`,
    schemeDetails: (field) => `${field}：评分细则已修改（计分方式、裁判人数、去掉最高最低分等）`,
    empty: '（空）',
    none: '无',
    separator: '、',
    byAt: (by, at) => `${by} 于 ${at}`,
    reason: (reason) => `原因：${reason}`,
  },
  en: {
    subject: { Competition: 'Competition', Event: 'Event', Registration: 'Registration', JudgeAssignment: 'Judge' },
    action: {
      UPDATED: 'Edited',
      WITHDRAWN: 'Withdrawn',
      DISQUALIFIED: 'Disqualified',
      REINSTATED: 'Reinstated',
      REMOVED: 'Removed',
      REPLACED: 'Replaced',
      ASPECTS_ASSIGNED: 'Aspects assigned',
    },
    field: {
      any: { name: 'Name', affiliation: 'Affiliation', username: 'Login' },
      Competition: { name: 'Name', kind: 'Kind', level: 'Level', organizerName: 'Organizer', startsOn: 'Starts on', endsOn: 'Ends on' },
      Event: {
        name: 'Name',
        occupationCode: 'Occupation code',
        format: 'Format',
        teamSize: 'Team size',
        scoreDecimals: 'Score decimals',
        conflictPolicy: 'Conflict of interest',
        rounds: 'Marking scheme',
        awards: 'Awards',
        tieBreakModules: 'Tie-breaks',
      },
      Registration: {
        name: 'Name',
        affiliation: 'Affiliation',
        bib: 'Bib',
        team: 'Team',
        skillLevel: 'Skill level',
        category: 'Category',
        status: 'Status',
        statusReason: 'Reason',
        username: 'Login',
        nationalId: 'National id',
        personId: 'Person',
      },
      JudgeAssignment: { name: 'Name', affiliation: 'Affiliation', role: 'Role', username: 'Login', aspects: 'Aspects marked' },
    },
    memberField: (n, field) => `${field} of member ${n}`,
    change: (field, from, to) => `${field}: ${from} → ${to}`,
    schemeDetails: (field) => `${field}: details changed (aggregation, number of judges, drops …)`,
    empty: '(empty)',
    none: 'none',
    separator: ', ',
    byAt: (by, at) => `${by} on ${at}`,
    reason: (reason) => `Reason: ${reason}`,
  },
};

/** For tests: the fixed words of both languages. */
export const recordChangeWords: Readonly<Record<Language, Words>> = words;

/** The enum a field's values are codes of (a member's field goes by its last part: members.1.category). */
const enumFields: Record<string, EnumGroup> = {
  kind: 'kind',
  level: 'level',
  format: 'format',
  conflictPolicy: 'conflict',
  role: 'judgeRole',
  category: 'category',
  resultsVisibility: 'visibility',
  status: 'registrationStatus',
};

/** Fields whose value is a list (aspect codes, module codes, award names). */
const listFields = new Set(['aspects', 'tieBreakModules', 'awards']);

/** 竞赛, 赛项, 报名, 裁判. */
export function subjectText(subject: string, language: Language): string {
  return words[language].subject[subject] ?? subject;
}

/** 修改, 退赛, 取消资格, 恢复参赛, 移除, 替换, 分配评分项. */
export function actionText(action: string, language: Language): string {
  return words[language].action[action] ?? action;
}

/** The field's name for its subject: name is 名称 of a competition, 姓名 of a registration; members.0.name 队员 1 姓名. */
export function fieldText(subject: string, field: string, language: Language): string {
  const member = /^members\.(\d+)\.(\w+)$/.exec(field);
  if (member) return words[language].memberField(Number(member[1]) + 1, fieldText('Registration', member[2], language));
  const names = words[language].field;
  return names[subject as keyof Words['field']]?.[field] ?? names.any[field] ?? field;
}

/** A value as readers know it: enum codes and skill levels by name, lists without brackets, nothing as （空）. */
export function valueText(field: string, value: string | null | undefined, language: Language): string {
  if (value === null || value === undefined || value === '') return words[language].empty;
  const base = field.split('.').pop() ?? field;
  if (base === 'skillLevel') return skillLevelLabel(value, language);
  const group = enumFields[base];
  if (group) return enumName(group, value, language);
  if (listFields.has(base) && /^\[.*\]$/.test(value)) {
    const items = value.slice(1, -1).trim();
    return items === '' ? words[language].none : items.split(', ').join(words[language].separator);
  }
  return value;
}

/**
 * One changed field in a line: 级别：市级二类 → 市级一类. The marking scheme comes as the API's outline
 * ("final 决赛: T 理论 ×0.3 (T1 笔试 ≤100)"), or, when only a detail outside it changed, as JSON: then it says so.
 */
export function changeText(subject: string, change: FieldChangeText, language: Language): string {
  if (change.field === 'rounds' && [change.from, change.to].some((value) => value?.startsWith('{'))) {
    return words[language].schemeDetails(fieldText(subject, change.field, language));
  }
  return words[language].change(fieldText(subject, change.field, language), valueText(change.field, change.from, language), valueText(change.field, change.to, language));
}

/** The fields to list: a withdrawal's or disqualification's statusReason is left out when it repeats the reason, said once below. */
export function changesShown(record: Pick<RecordChangeText, 'changes' | 'reason'>): readonly FieldChangeText[] {
  return record.changes.filter((c) => !(c.field === 'statusReason' && record.reason && c.to === record.reason));
}

/** Who and when, in the reader's time zone: organizer 于 2026-05-10 14:03. */
export function byAtText(record: Pick<RecordChangeText, 'by' | 'at'>, language: Language): string {
  const when = dayjs(record.at);
  return words[language].byAt(record.by, when.isValid() ? when.format('YYYY-MM-DD HH:mm') : record.at);
}

/** 原因：因伤退赛. */
export function reasonText(reason: string, language: Language): string {
  return words[language].reason(reason);
}
