import i18n, { type English } from '../../i18n';

/** The worker portal's texts (namespace `worker`). */
const zhCN = {
  title: '我的成绩',
  failed: '无法读取您的档案',
  noPerson: '您的账号还没有关联选手档案',
  noPersonHint: '组织者报名时填写您的用户名 {{username}} 后，这里会显示您的参赛记录、成绩和技能等级。',
  level: {
    title: '职业技能等级',
    current: '当前等级',
    none: '尚无等级记录',
    ladder: '技能等级阶梯',
  },
  category: '人员类别',
  affiliation: '单位',
  registrations: {
    title: '我的参赛',
    empty: '还没有参赛记录',
    competition: '竞赛',
    event: '赛项',
    bib: '参赛号',
    status: '状态',
    result: '成绩',
    rank: '第 {{rank}} 名',
    total_other: '{{total}} 分',
    noResult: '暂无成绩',
    hidden: '成绩暂不公开',
    frozen: '成绩已冻结',
    inProgress: '评分中',
    complete: '评分完成',
    advanced: '晋级',
    scoreboard: '查看成绩大屏',
    modules: '模块成绩',
  },
  promotions: {
    title: '晋升记录',
    empty: '还没有晋升记录',
    year: '{{year}} 年度',
    reason: '依据：{{reason}}',
    note: '审核意见：{{note}}',
  },
};

const en: English<typeof zhCN> = {
  title: 'My results',
  failed: 'Cannot load your record',
  noPerson: 'Your account is not linked to a competitor record yet',
  noPersonHint: 'Once an organizer registers you with your username {{username}}, your entries, results and skill level show here.',
  level: {
    title: 'Vocational skill level',
    current: 'Current level',
    none: 'No level on record',
    ladder: 'Skill level ladder',
  },
  category: 'Category',
  affiliation: 'Affiliation',
  registrations: {
    title: 'My entries',
    empty: 'No entries yet',
    competition: 'Competition',
    event: 'Event',
    bib: 'Bib',
    status: 'Status',
    result: 'Result',
    rank: 'Rank {{rank}}',
    total_one: '{{total}} point',
    total_other: '{{total}} points',
    noResult: 'No result yet',
    hidden: 'Results not public yet',
    frozen: 'Results frozen',
    inProgress: 'Being marked',
    complete: 'Marking complete',
    advanced: 'Advanced',
    scoreboard: 'Open the scoreboard',
    modules: 'Module scores',
  },
  promotions: {
    title: 'Promotion history',
    empty: 'No promotions yet',
    year: 'Year {{year}}',
    reason: 'Grounds: {{reason}}',
    note: 'HR’s note: {{note}}',
  },
};

i18n.addResourceBundle('zh-CN', 'worker', zhCN, true, true);
i18n.addResourceBundle('en', 'worker', en, true, true);
