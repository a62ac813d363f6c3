import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = {
  to: string[];
  subject: string;
  text: string;
  attachments: { fileName: string; contentType: string; content: Buffer }[];
};

/**
 * A real SMTP server that keeps what it receives, parsed as a recipient reads it. The API
 * tests (test/mail-sink.ts) and the browser tests (e2e/mail-sink.ts) both deliver to one.
 */
export function createSmtpSink(received: ReceivedMail[]): SMTPServer {
  return new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, done) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            attachments: mail.attachments.map((a) => ({
              fileName: a.filename ?? '',
              contentType: a.contentType,
              content: a.content,
            })),
          });
          done();
        })
        .catch(done);
    },
  });
}
