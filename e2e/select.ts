import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Picks an option of an Ant Design select by typing it and pressing Enter: clicking an option
 * in the animated dropdown can land before it settles and leave the list open.
 */
export async function choose(page: Page, select: Locator, option: string): Promise<void> {
  await select.fill(option);
  await page.keyboard.press('Enter');
  await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')).toHaveCount(
    0,
  );
}
