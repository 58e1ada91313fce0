import { expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';

// What the browser tests share: signing in as a demo user on the real Keycloak login page, and finding
// antd's buttons and selects the way a person does.

/** The password of every demo user (src/main/keycloak/biwu-realm.json). */
export const password = 'biwu-demo';

/**
 * A button by its label: antd puts a space between the two characters of a two-character Chinese label
 * (创 建), and an icon inside a button adds its own name in front ("plus 新建竞赛").
 */
export const button = (scope: Page | Locator, label: string) => {
  const text = label.length === 2 ? `${label[0]}\\s?${label[1]}` : label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scope.getByRole('button', { name: new RegExp(`(^|\\s)${text}$`) });
};

export async function signIn(browser: Browser, username: string, viewport = { width: 1280, height: 860 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport });
  const page = await context.newPage();
  await page.goto('/');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await expect(page.getByRole('banner').getByText(`@${username}`)).toBeVisible();
  return { context, page };
}

/** An antd Select: open it by its label, pick the option by its text, until the field shows it. */
export async function choose(page: Page, field: Locator, option: string) {
  const dropdown = page.locator('.ant-select-dropdown:visible');
  const select = field.locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  // on a busy machine a click can land before the field or its list reacts: open and pick again until it holds
  await expect(async () => {
    if ((await dropdown.count()) === 0) {
      await field.click();
    }
    await expect(dropdown).toHaveCount(1, { timeout: 3_000 });
    // a searchable select (the policy picker) is narrowed down by typing, as a person does in a long list
    if (await field.isEditable()) {
      await field.fill(option);
    }
    const item = dropdown.locator('.ant-select-item-option', { hasText: option }).first();
    // a long list is virtual: scroll until the option is rendered (a short one has no holder to scroll)
    const holder = dropdown.locator('.rc-virtual-list-holder');
    for (let i = 0; i < 15 && (await item.count()) === 0 && (await holder.count()) > 0; i++) {
      await holder.hover();
      await page.mouse.wheel(0, 150);
    }
    await item.click({ timeout: 5_000 });
    await expect(select).toContainText(option, { timeout: 3_000 });
  }).toPass({ timeout: 45_000 });
}
