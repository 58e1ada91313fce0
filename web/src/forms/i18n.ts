import i18n, { type English } from '../i18n';

/** Texts shared by the organizer console's forms (namespace `forms`). */
const zhCN = {
  loading: '正在加载…',
  loadFailed: '加载失败',
  refreshFailed: '刷新失败，显示的是上次加载的内容',
  retry: '重试',
  saveFailed: '保存失败',
  required: '请填写{{field}}',
  fixErrors: '请先修正标出的错误',
  unreachable: '无法连接服务，请检查网络后重试',
  signedOut: '登录已过期，请刷新页面重新登录',
  serverFault: '服务暂时出错，请稍后重试',
  downloading: '正在下载…',
  downloadFailed: '下载失败：{{message}}',
};

const en: English<typeof zhCN> = {
  loading: 'Loading…',
  loadFailed: 'Could not load',
  refreshFailed: 'Could not refresh: this is what was loaded before',
  retry: 'Retry',
  saveFailed: 'Not saved',
  required: 'Enter {{field}}',
  fixErrors: 'Fix the marked errors first',
  unreachable: 'The service could not be reached: check the network and retry',
  signedOut: 'Your sign-in has expired: reload the page to sign in again',
  serverFault: 'The service failed: retry in a moment',
  downloading: 'Downloading…',
  downloadFailed: 'Download failed: {{message}}',
};

i18n.addResourceBundle('zh-CN', 'forms', zhCN, true, true);
i18n.addResourceBundle('en', 'forms', en, true, true);
