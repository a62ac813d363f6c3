import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { Deps } from '../../../platform/context.ts';
import { MailRefused, receiveMail } from './inbound-mail.service.ts';

/** An SMTP answer: 550 for a mail the desk will not take, 451 (try later) for a failure. */
function answer(err: unknown) {
  const refused = err instanceof MailRefused;
  return Object.assign(new Error(refused ? err.message : 'The desk could not take the mail now'), {
    responseCode: refused ? 550 : 451,
  });
}

/**
 * The desk's inbound SMTP listener: every mail is parsed and handed to receiveMail; what it
 * refuses is refused to the sending server, which tells the sender. Mail arrives from the
 * organisation's mail server (relay), so no authentication is asked; size is capped as
 * uploads are.
 */
export function inboundMailServer(deps: Deps, onError: (err: unknown) => void = () => {}) {
  return new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    size: deps.config.maxUploadBytes,
    onData(stream, _session, done) {
      simpleParser(stream)
        .then((mail) =>
          receiveMail(deps, {
            from: mail.from?.value[0]?.address ?? '',
            to: [mail.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address ?? '')),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            messageId: mail.messageId ?? null,
            attachments: mail.attachments.map((a) => ({
              fileName: a.filename ?? '',
              content: a.content,
            })),
          }),
        )
        .then(
          () => done(),
          (err) => {
            if (!(err instanceof MailRefused)) onError(err);
            done(answer(err));
          },
        );
    },
  });
}

/** Starts the listener on INBOUND_SMTP_PORT when it is set; answers how to stop it. */
export async function startInboundMail(deps: Deps, onError: (err: unknown) => void) {
  const port = deps.config.inboundSmtpPort;
  if (port === undefined) return null;
  const server = inboundMailServer(deps, onError);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, deps.config.host, () => resolve());
  });
  server.on('error', onError);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
