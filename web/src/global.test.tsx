import { configure, render, screen } from '@testing-library/react';
import { Space, Table } from 'antd';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HrPage } from './pages/hr';
import { fakeApi, renderAt } from './test/fakeApi';

// A busy machine renders antd slowly: wait up to 10 s for what a test awaits (findBy…, waitFor), never a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

// Vitest does not load the stylesheets modules import: the app's global rules are put on the page by hand,
// as main.tsx puts them there in the browser. antd's own styles are there too (it injects them as it renders),
// so the rule has to win over antd's own cell rule here as it does in the browser.
const globalCss = readFileSync('src/global.css', 'utf8'); // vitest runs in web/
let style: HTMLStyleElement;
beforeEach(() => {
  style = document.createElement('style');
  style.textContent = globalCss;
  document.head.appendChild(style);
});
afterEach(() => style.remove());

const latinName = 'A'.repeat(60);
const chineseName = '赵磊'.repeat(30);

/** The table cell a text sits in. */
const cellOf = (text: string) => screen.getByText(text).closest('td')!;

describe('a long unbroken name in a table', { timeout: 60_000 }, () => {
  it('wraps inside its cell, at most 30em wide, in any antd Table (screens in every folder)', () => {
    render(
      <Table
        rowKey="bib"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={[
          { bib: '1', name: chineseName },
          { bib: '2', name: latinName },
        ]}
        columns={[
          { title: '参赛号', dataIndex: 'bib' },
          { title: '姓名', dataIndex: 'name', render: (name: string) => <Space orientation="vertical">{name}</Space> },
        ]}
      />,
    );
    for (const name of [chineseName, latinName]) {
      const cell = getComputedStyle(cellOf(name));
      expect(cell.overflowWrap).toBe('anywhere');
      expect(cell.maxWidth).toMatch(/^min\(/); // min(30em, 50vw), as happy-dom resolves it
    }
    // header cells too
    expect(getComputedStyle(screen.getAllByText('姓名')[0].closest('th')!).overflowWrap).toBe('anywhere');
  });

  it("wraps a 60-character competition name in HR's list of competitions", async () => {
    const api = fakeApi(() => ({
      promotionPolicies: [],
      competitions: { edges: [{ node: { id: 'Competition:1', name: latinName, level: 'MUNICIPAL_CLASS_II', status: 'SCORING_CLOSED', startsOn: null } }] },
    }));
    render(renderAt(api.client, '/hr', '/hr', <HrPage />, { username: 'hr', roles: ['hr'], loading: false }));

    await screen.findByText(latinName);
    expect(getComputedStyle(cellOf(latinName)).overflowWrap).toBe('anywhere');
  });

  it('leaves the empty-table row the whole width', () => {
    render(<Table dataSource={[]} columns={[{ title: '姓名', dataIndex: 'name' }]} locale={{ emptyText: '还没有选手' }} />);
    expect(getComputedStyle(screen.getByText('还没有选手').closest('td')!).maxWidth).toBe('none');
  });
});
