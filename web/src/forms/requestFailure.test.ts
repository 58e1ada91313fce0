import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { requestFailure } from './requestFailure';

describe('requestFailure', () => {
  const t = i18n.getFixedT('zh-CN');
  const en = i18n.getFixedT('en');

  it('says in the reader’s words that the service could not be reached, never the library’s English', () => {
    const error = new CombinedError({ networkError: new Error('Failed to fetch') });
    expect(requestFailure(error, t)).toBe('无法连接服务，请检查网络后重试');
    expect(requestFailure(error, en)).toBe('The service could not be reached: check the network and retry');
  });

  it('tells an expired sign-in apart', () => {
    const error = new CombinedError({ networkError: new Error('Unauthorized'), response: new Response(null, { status: 401 }) });
    expect(requestFailure(error, t)).toBe('登录已过期，请刷新页面重新登录');
  });

  it('calls a top-level GraphQL error a fault of the service', () => {
    const error = new CombinedError({ graphQLErrors: [{ message: 'System error' }] });
    expect(requestFailure(error, t)).toBe('服务暂时出错，请稍后重试');
  });
});
