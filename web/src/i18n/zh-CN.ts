import type { English } from './index';

/** Simplified Chinese: the default language, what organizers, judges and workers read. */
export const zhCN = {
  app: {
    name: '比武 Biwu',
    tagline: '劳动和技能竞赛平台',
  },
  auth: {
    signingIn: '正在登录…',
    signInFailed: '无法连接登录服务',
    signInFailedHint: '请确认 Keycloak 已在 {{url}} 运行（领域 {{realm}}），然后重试。',
    retry: '重试',
    logout: '退出登录',
  },
  me: {
    loading: '正在读取用户信息…',
    failed: '无法读取用户信息',
    failedHint: '调用 GraphQL 服务 /graphql 失败：{{message}}。请确认 API 服务已启动，然后重试。',
    retry: '重试',
    username: '用户名',
    roles: '角色',
  },
  language: {
    label: '语言',
  },
  /** Punctuation that differs between the languages: 理由：… / Reason: …; 错误一；错误二 / one; two. */
  punctuation: {
    colon: '：',
    separator: '；',
  },
  role: {
    organizer: '组织者',
    'chief-judge': '裁判长',
    judge: '裁判员',
    scorekeeper: '记分员',
    hr: '人力资源',
    competitor: '选手',
    viewer: '观众',
    partner: '合作系统',
    admin: '平台管理员',
  },
  home: {
    title: '比武 Biwu — 劳动和技能竞赛平台',
    welcome: '欢迎，{{name}}！',
    intro:
      '在这里组织职业技能竞赛和劳动竞赛：设置赛项与评分标准、裁判评分、发布成绩，并把竞赛成绩与职业技能等级晋升挂钩。',
  },
};

export type Messages = English<typeof zhCN>;
