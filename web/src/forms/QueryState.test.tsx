import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CombinedError } from 'urql';
import { QueryState } from './QueryState';

const unreachable = new CombinedError({ networkError: new Error('Failed to fetch') });

describe('QueryState', () => {
  it('shows a skeleton while the first load runs, not the content', () => {
    render(
      <QueryState fetching hasData={false} retry={() => {}}>
        <p>standings</p>
      </QueryState>,
    );
    expect(screen.getByLabelText('正在加载…').getAttribute('aria-busy')).toBe('true');
    expect(screen.queryByText('standings')).toBeNull();
  });

  it('shows the failure in the reader’s words with a retry when nothing could be loaded', () => {
    const retry = vi.fn();
    render(
      <QueryState fetching={false} error={unreachable} hasData={false} retry={retry} errorTitle="无法读取成绩">
        <p>standings</p>
      </QueryState>,
    );
    expect(screen.getByText('无法读取成绩')).toBeTruthy();
    expect(screen.getByText('无法连接服务，请检查网络后重试').getAttribute('title')).toBe(unreachable.message);
    fireEvent.click(screen.getByRole('button', { name: '重 试' }));
    expect(retry).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('standings')).toBeNull();
  });

  it('keeps what was loaded when a refresh fails, with a warning and a retry above it', () => {
    const retry = vi.fn();
    render(
      <QueryState fetching={false} error={unreachable} hasData retry={retry}>
        <p>standings</p>
      </QueryState>,
    );
    expect(screen.getByText('standings')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('刷新失败，显示的是上次加载的内容');
    fireEvent.click(screen.getByRole('button', { name: '重 试' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('keeps the content on screen while a refetch runs', () => {
    render(
      <QueryState fetching hasData retry={() => {}}>
        <p>standings</p>
      </QueryState>,
    );
    expect(screen.getByText('standings')).toBeTruthy();
    expect(screen.queryByLabelText('正在加载…')).toBeNull();
  });

  it('shows the empty state instead of the content when the loaded data is empty', () => {
    render(
      <QueryState fetching={false} hasData retry={() => {}} empty={{ when: true, description: '还没有竞赛', extra: <span>创建一个</span> }}>
        <p>table</p>
      </QueryState>,
    );
    expect(screen.getByText('还没有竞赛')).toBeTruthy();
    expect(screen.getByText('创建一个')).toBeTruthy();
    expect(screen.queryByText('table')).toBeNull();
  });
});
