import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ChartOption } from './charts';

const chart = { setOption: vi.fn(), resize: vi.fn(), dispose: vi.fn() };
const init = vi.fn((..._: unknown[]) => chart);
vi.mock('echarts/core', () => ({ init: (...args: unknown[]) => init(...args), use: vi.fn() }));

const { EChart } = await import('./EChart');

describe('EChart', () => {
  it('draws in SVG into its element, gives each new option in place of the last, and lets go of the chart when it leaves', () => {
    const first: ChartOption = { series: [{ type: 'bar', data: [1, 2] }] };
    const second: ChartOption = { series: [{ type: 'bar', data: [3] }] };
    const { rerender, unmount, getByRole } = render(<EChart option={first} label="按月份" />);
    const element = getByRole('img', { name: '按月份' });
    expect(init).toHaveBeenCalledTimes(1);
    expect(init.mock.calls[0][0]).toBe(element);
    expect(init.mock.calls[0][2]).toEqual({ renderer: 'svg' });
    expect(chart.setOption).toHaveBeenLastCalledWith(first, { notMerge: true });
    rerender(<EChart option={second} label="按月份" />);
    expect(chart.setOption).toHaveBeenLastCalledWith(second, { notMerge: true });
    rerender(<EChart option={second} label="按月份" />);
    expect(chart.setOption).toHaveBeenCalledTimes(2);
    expect(init).toHaveBeenCalledTimes(1);
    unmount();
    expect(chart.dispose).toHaveBeenCalledTimes(1);
  });
});
