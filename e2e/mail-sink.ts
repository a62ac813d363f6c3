/**
 * The browser tests' mail server: the app sends over SMTP to it as it would to a real one, and
 * tests read what a recipient got from `GET /mail` (JSON). Run by playwright.config.ts.
 */
import { createServer } from 'node:http';
import { createSmtpSink, type ReceivedMail } from '../server/src/test/smtp-sink.ts';

const smtpPort = Number(process.env.SMTP_PORT ?? 2525);
const httpPort = Number(process.env.HTTP_PORT ?? 3199);
const received: ReceivedMail[] = [];

createSmtpSink(received).listen(smtpPort, '127.0.0.1');

createServer((req, res) => {
  res.setHeader('content-type', 'application/json');
  // Attachments as their names and sizes: a test checks what was attached, not the bytes.
  const mails = received.map((m) => ({
    ...m,
    attachments: m.attachments.map((a) => ({
      fileName: a.fileName,
      contentType: a.contentType,
      size: a.content.length,
    })),
  }));
  res.end(JSON.stringify(req.url === '/mail' ? mails : { ok: true }));
}).listen(httpPort, '127.0.0.1');
