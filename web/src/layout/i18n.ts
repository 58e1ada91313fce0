import i18n, { type English } from '../i18n';

/** The frame's navigation texts (namespace `layout`): one bundle per screen folder, so no two people edit one text file. */
const zhCN = {
  nav: {
    label: '导航',
    home: '首页',
    competitions: '竞赛管理',
    competitionsViewer: '竞赛与大屏',
    judge: '评分',
    hr: '晋升审核',
    me: '我的成绩',
    organizations: '单位与授权',
    laborReviews: '审核待办',
    laborStatistics: '全域统计',
  },
  notFound: {
    title: '没有这个页面',
    back: '回到首页',
  },
  routeError: {
    title: '页面出错了',
  },
  noAccess: {
    title: '无权访问',
    screen: {
      hr: '晋升审核',
      judge: '评分',
      newEvent: '新建赛项',
      me: '我的成绩',
      organizations: '单位与授权',
      laborReviews: '审核待办',
      laborAssess: '考核评分',
      laborStatistics: '劳动竞赛全域统计',
      laborCommendations: '年终表扬',
    },
    whoMay: '“{{screen}}”仅供{{roles}}使用。',
    yourRoles_other: '您的角色：{{roles}}。',
    noRoles: '您的账号还没有比武的角色。',
    hint: '如需使用，请联系管理员为您的账号分配相应角色。',
    checking: '正在核对您的角色…',
  },
};

const en: English<typeof zhCN> = {
  nav: {
    label: 'Navigation',
    home: 'Home',
    competitions: 'Competitions',
    competitionsViewer: 'Competitions & scoreboards',
    judge: 'Judging',
    hr: 'Promotion review',
    me: 'My results',
    organizations: 'Organizations',
    laborReviews: 'Reviews',
    laborStatistics: 'Statistics',
  },
  notFound: {
    title: 'No such page',
    back: 'Back to the home page',
  },
  routeError: {
    title: 'This page failed',
  },
  noAccess: {
    title: 'No access',
    screen: {
      hr: 'Promotion review',
      judge: 'Judging',
      newEvent: 'New event',
      me: 'My results',
      organizations: 'Organizations and grants',
      laborReviews: 'Reviews',
      laborAssess: 'Period assessment',
      laborStatistics: 'Labor competition statistics',
      laborCommendations: 'Year-end commendation',
    },
    whoMay: '“{{screen}}” is for {{roles}} only.',
    yourRoles_one: 'Your role: {{roles}}.',
    yourRoles_other: 'Your roles: {{roles}}.',
    noRoles: 'Your account has no Biwu role yet.',
    hint: 'To use it, ask your administrator to give your account one of these roles.',
    checking: 'Checking your roles…',
  },
};

i18n.addResourceBundle('zh-CN', 'layout', zhCN, true, true);
i18n.addResourceBundle('en', 'layout', en, true, true);
