/**
 * The browser tests' mail server: the app sends over SMTP to it as it would to a real one, and
 * tests read what a recipient got from `GET /mail` (JSON). Run by playwright.config.ts.
 */
import { createServer } from 'node:http';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type SunkMail = { to: string[]; subject: string; text: string };

const smtpPort = Number(process.env.SMTP_PORT ?? 2525);
const httpPort = Number(process.env.HTTP_PORT ?? 3199);
const received: SunkMail[] = [];

new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, session, done) {
    simpleParser(stream)
      .then((mail) => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: mail.subject ?? '',
          text: mail.text ?? '',
        });
        done();
      })
      .catch(done);
  },
}).listen(smtpPort, '127.0.0.1');

createServer((req, res) => {
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(req.url === '/mail' ? received : { ok: true }));
}).listen(httpPort, '127.0.0.1');
