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

export const demoAdmin = { email: 'admin@pontis.local', password: 'pontis-demo' } as const;

/** Signs in as the demo admin and works in English, whatever language was saved before. */
export async function signInAsAdminInEnglish(page: Page): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(demoAdmin.email);
  await page.getByLabel('Password').fill(demoAdmin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('language-menu').click();
  await page.getByRole('menuitem', { name: 'English' }).click();
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);
}
