import { expect, test } from '@playwright/test';
import { createTransport } from 'nodemailer';
import { INBOUND_SMTP_PORT } from '../playwright.config.ts';
import { mailTo, signInAsAdminInEnglish } from './support.ts';

const contact = 'wang.fang@huaxin-bank.example';
const desk = createTransport({
  host: '127.0.0.1',
  port: INBOUND_SMTP_PORT,
  secure: false,
  ignoreTLS: true,
});

test('a client contact’s mail opens a ticket, the reply with the token joins its conversation with its attachment', async ({
  page,
}) => {
  const subject = `ATM 网络中断 ${Date.now()}`;
  await desk.sendMail({
    from: `王芳 <${contact}>`,
    to: 'desk@pontis.example',
    subject,
    text: '浦东分行两台 ATM 无法连接主机。',
  });
  // The contact is answered with the ticket's number and the token to reply with.
  const ack = await mailTo(contact, (m) => m.subject.includes(subject));
  const token = /\[#TCK-\d{6}-[0-9a-f]{6}\]/.exec(ack.subject)?.[0] as string;
  expect(token).toBeTruthy();

  await signInAsAdminInEnglish(page);
  await page.getByRole('menuitem', { name: 'Tickets' }).click();
  await page.getByRole('row').filter({ hasText: subject }).click();
  const drawer = page.locator('.ant-drawer').filter({ hasText: subject });
  await expect(drawer).toContainText('E-mail');
  await expect(drawer).toContainText('王芳');
  await expect(drawer).toContainText('浦东分行两台 ATM 无法连接主机。');

  await desk.sendMail({
    from: contact,
    to: 'desk@pontis.example',
    subject: `Re: ${ack.subject}`,
    text: '补充：故障从 9:40 开始。\n\n> 我们已收到您的邮件',
    attachments: [{ filename: 'atm-log.txt', content: 'LINK DOWN 09:40' }],
  });
  const conversation = drawer.locator('.ant-list');
  // The open ticket is in the address: reloading shows what arrived since.
  await expect(async () => {
    await page.reload();
    await expect(conversation).toContainText('补充：故障从 9:40 开始。', { timeout: 1000 });
  }).toPass();
  await expect(conversation).not.toContainText('我们已收到您的邮件');
  await expect(drawer.getByRole('row').filter({ hasText: 'atm-log.txt' })).toContainText(
    'Shared with the client',
  );
});
