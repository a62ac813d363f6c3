import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { createMailSender } from '../platform/mail/mail.ts';
import type { Harness } from './harness.ts';
import { createSmtpSink, type ReceivedMail } from './smtp-sink.ts';

/** Any SMTP address makes mail `queued` (and its secrets sealed) until a sender delivers it. */
export const QUEUE_MAIL = { smtpUrl: 'smtp://127.0.0.1:1' } as const;

/**
 * A real SMTP server for a describe block: `deliver` sends the harness's queued mail to it the
 * way the worker does, so a test reads a mail as its recipient gets it, secrets and all.
 */
export function useMailSink() {
  const received: ReceivedMail[] = [];
  const smtp = createSmtpSink(received);
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    port = (smtp.server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

  return {
    received,
    /** A mail sender of its own, as each app server runs one. */
    sender(h: Harness): () => Promise<number> {
      const send = createMailSender({
        db: h.db,
        clock: h.clock,
        config: { ...h.config, smtpUrl: `smtp://127.0.0.1:${port}` },
      });
      if (!send) throw new Error('no mail sender');
      return send;
    },
    /** Sends what is queued; returns how many mails went out. */
    deliver(h: Harness): Promise<number> {
      return this.sender(h)();
    },
    /** Delivers the queue, then answers the newest mail to the address. */
    async latestTo(h: Harness, address: string): Promise<ReceivedMail> {
      await this.deliver(h);
      const mail = received.findLast((m) => m.to.includes(address.toLowerCase()));
      if (!mail) throw new Error(`no mail to ${address}`);
      return mail;
    },
  };
}
