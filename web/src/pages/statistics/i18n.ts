import i18n, { type English } from '../../i18n';

/** Texts of the labor competitions' statistics dashboard (namespace `statistics`). */
const zhCN = {
  title: '劳动竞赛全域统计',
  organization: '单位',
  organizationPlaceholder: '选择单位',
  year: '年度',
  scope: '{{name}}及其下级单位主办、{{year}} 年开始并已立项的劳动竞赛',
  figure: {
    competitions: '竞赛项目数',
    units: '参赛单位数',
    workerParticipations: '参赛职工人次',
    commendedUnits: '受表彰单位数',
  },
  chart: {
    byLevel: '按竞赛级别',
    byLevelLabel: '各竞赛级别的竞赛项目数',
    byChild: '按下级单位',
    byChildLabel: '各下级单位的竞赛项目数和参赛职工人次',
    byMonth: '按月份',
    byMonthLabel: '各月开始的竞赛项目数和参赛职工人次',
    noChildren: '{{name}}没有下级单位',
    loading: '正在加载图表…',
  },
  empty: '{{name}}及其下级单位在 {{year}} 年没有已立项的劳动竞赛',
  emptyHint: '换一个年度或单位看看',
  notFound: '没有找到这个单位',
  noOrganizations: '还没有可选的单位',
  loadFailed: '无法读取统计',
};

const en: English<typeof zhCN> = {
  title: 'Labor competitions: statistics',
  organization: 'Organization',
  organizationPlaceholder: 'Pick an organization',
  year: 'Year',
  scope: 'Approved labor competitions run by {{name}} or an organization below it that started in {{year}}',
  figure: {
    competitions: 'Competitions',
    units: 'Participating units',
    workerParticipations: 'Worker participations',
    commendedUnits: 'Commended units',
  },
  chart: {
    byLevel: 'By level',
    byLevelLabel: 'Competitions by level',
    byChild: 'By organization below',
    byChildLabel: 'Competitions and worker participations of each organization below',
    byMonth: 'By month',
    byMonthLabel: 'Competitions and worker participations by the month they started',
    noChildren: '{{name}} has no organizations below it',
    loading: 'Loading the charts…',
  },
  empty: '{{name}} and the organizations below it have no approved labor competitions in {{year}}',
  emptyHint: 'Try another year or organization',
  notFound: 'This organization was not found',
  noOrganizations: 'No organizations to pick yet',
  loadFailed: 'Could not load the statistics',
};

i18n.addResourceBundle('zh-CN', 'statistics', zhCN, true, true);
i18n.addResourceBundle('en', 'statistics', en, true, true);
