import { expect, test } from '@playwright/test';
import { signInAsAdminInEnglish } from './support.ts';

test('an admin sees the daily jobs the worker process ran at start-up, and when each runs next', async ({
  page,
}) => {
  await signInAsAdminInEnglish(page);
  await page.getByRole('menuitem', { name: 'Background jobs' }).click();
  const lifecycle = page.getByRole('row').filter({ hasText: 'contracts.lifecycle' });
  await expect(lifecycle).toContainText('Contract lifecycle (start, expiry, renewal)');
  await expect(lifecycle).toContainText('Done');
  const compliance = page.getByRole('row').filter({ hasText: 'people.worker-compliance' });
  await expect(compliance).toContainText('Done');
  // Tomorrow's run, at midnight in the demo workspace's Shanghai, is already on the books.
  const tomorrow = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    Date.now() + 86_400_000,
  );
  await expect(lifecycle).toContainText(tomorrow);
});
