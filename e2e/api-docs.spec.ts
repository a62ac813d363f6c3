import { expect, test } from '@playwright/test';

test('the API reference renders every operation from the OpenAPI document', async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/.test(m.text())) refused.push(m.text());
  });
  await page.goto('/api/docs/');
  await expect(page.getByText('Pontis API').first()).toBeVisible();
  await expect(page.getByRole('link', { name: /^Get me/ })).toBeVisible({ timeout: 20_000 });
  expect(refused).toEqual([]);
});
