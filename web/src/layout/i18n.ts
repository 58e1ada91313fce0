import i18n from '../i18n';

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
  },
  notFound: {
    title: '没有这个页面',
    back: '回到首页',
  },
  routeError: {
    title: '页面出错了',
  },
};

const en: typeof zhCN = {
  nav: {
    label: 'Navigation',
    home: 'Home',
    competitions: 'Competitions',
    competitionsViewer: 'Competitions & scoreboards',
    judge: 'Judging',
    hr: 'Promotion review',
    me: 'My results',
  },
  notFound: {
    title: 'No such page',
    back: 'Back to the home page',
  },
  routeError: {
    title: 'This page failed',
  },
};

i18n.addResourceBundle('zh-CN', 'layout', zhCN, true, true);
i18n.addResourceBundle('en', 'layout', en, true, true);
