import i18n, { type English } from '../../i18n';

/** Texts of a worker's certificates (namespace `certificates`): the list in the portal, its PDF and its confirmation. */
const zhCN = {
  title: '我的证书',
  empty: '还没有证书。竞赛成绩确认为最终成绩后，由组织者颁发获奖证书和技能等级、荣誉称号证书。',
  number: '证书编号',
  what: '证书内容',
  competition: '竞赛与赛项',
  issuedAt: '颁发时间',
  state: '状态',
  valid: '有效',
  revoked: '已撤销',
  download: '下载证书',
  verify: '核验页',
  fileName: '证书 {{number}}',
  kindName: { AWARD: '获奖', SKILL_LEVEL: '技能等级', TITLE: '荣誉称号' },
  issue: '颁发证书',
  issued_other: '已颁发 {{count}} 张新证书',
  issueFailed: '未能颁发证书',
  sheet: '下载成绩公示表',
  sheetName: '成绩公示表',
};

const en: English<typeof zhCN> = {
  title: 'My certificates',
  empty: 'No certificate yet. Once a competition’s results are final, its organizers issue certificates of awards, skill levels and titles.',
  number: 'Number',
  what: 'States',
  competition: 'Competition and event',
  issuedAt: 'Issued',
  state: 'State',
  valid: 'Valid',
  revoked: 'Revoked',
  download: 'Download',
  verify: 'Confirmation',
  fileName: 'Certificate {{number}}',
  kindName: { AWARD: 'Award', SKILL_LEVEL: 'Skill level', TITLE: 'Title' },
  issue: 'Issue certificates',
  issued_one: '{{count}} new certificate issued',
  issued_other: '{{count}} new certificates issued',
  issueFailed: 'The certificates could not be issued',
  sheet: 'Download the results sheet',
  sheetName: 'Results sheet',
};

i18n.addResourceBundle('zh-CN', 'certificates', zhCN, true, true);
i18n.addResourceBundle('en', 'certificates', en, true, true);
