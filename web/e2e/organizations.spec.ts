import { expect, test } from '@playwright/test';
import { button, signIn } from './session';

// Data scope on the real platform: 济南's organizer creates a competition for 莱芜区 (a district below 济南);
// 青岛's organizer does not see it in their console, and opening its address shows nothing of it. Then the
// organizations screen shows the demo tree and, to 济南's organizer, the grants over 莱芜区.

test('an organizer of one city creates a competition for a district below it; the organizer of another city neither sees nor opens it', async ({
  browser,
}) => {
  test.setTimeout(3 * 60_000);
  const name = `莱芜区焊工技能比武 ${new Date().toISOString().slice(0, 19).replace('T', ' ')}`;

  const jinan = await signIn(browser, 'jinan-organizer');
  const j = jinan.page;
  await j.getByRole('navigation').getByRole('link', { name: '竞赛管理' }).click();
  await button(j, '新建竞赛').click();
  const dialog = j.getByRole('dialog');
  await dialog.getByLabel('竞赛名称', { exact: true }).fill(name);
  // the organization: 济南市总工会 is picked already (the organizer's one); open it and take 莱芜区总工会 below it
  const picker = dialog.locator('.ant-select').filter({ has: j.getByLabel('所属单位', { exact: true }) });
  await expect(picker).toContainText('济南市总工会');
  await picker.click();
  const tree = j.locator('.ant-select-dropdown:visible');
  await tree.locator('.ant-select-tree-treenode', { hasText: '济南市总工会' }).locator('.ant-select-tree-switcher').click();
  await tree.getByTitle('莱芜区总工会', { exact: true }).click();
  await expect(picker).toContainText('莱芜区总工会');
  await button(dialog, '创建').click();
  await expect(j.getByRole('heading', { name })).toBeVisible();
  await expect(j.getByText('莱芜区总工会', { exact: true })).toBeVisible();
  const address = j.url();

  const qingdao = await signIn(browser, 'qingdao-organizer');
  const q = qingdao.page;
  await q.getByRole('navigation').getByRole('link', { name: '竞赛管理' }).click();
  await expect(q.getByRole('heading', { name: '竞赛管理' })).toBeVisible();
  // the list has answered (青岛's organizer sees what is public) and this DRAFT is not in it
  await expect(q.locator('.ant-table, .ant-empty').first()).toBeVisible();
  await expect(q.getByText(name)).toHaveCount(0);
  await q.goto(address);
  await expect(q.getByText('没有找到这场竞赛，或您无权查看。')).toBeVisible();
  await expect(q.getByText(name)).toHaveCount(0);

  // 济南's organizer finds it under 莱芜区总工会 on the organizations screen, with the grants there
  await j.getByRole('navigation').getByRole('link', { name: '单位与授权' }).click();
  const orgTree = j.locator('.ant-tree');
  await orgTree.locator('.ant-tree-treenode', { hasText: '山东省总工会' }).locator('.ant-tree-switcher').click();
  await orgTree.locator('.ant-tree-treenode', { hasText: '济南市总工会' }).locator('.ant-tree-switcher').click();
  await orgTree.getByTitle('莱芜区总工会', { exact: true }).click();
  await expect(j.getByRole('link', { name })).toBeVisible();
  await expect(j.getByRole('cell', { name: 'jinan-organizer' })).toBeVisible();

  await jinan.context.close();
  await qingdao.context.close();
});
