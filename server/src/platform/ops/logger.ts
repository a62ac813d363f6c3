import type { FastifyServerOptions } from 'fastify';

/** Query values and path segments that sign someone in or answer for them. */
const SECRET_IN_URL = [/([?&](?:token|key)=)[^&]+/gi, /(\/public\/surveys\/)[^/?]+/g];

/** A request URL fit for the log: the secrets it carries replaced. */
export function redactUrl(url: string): string {
  return SECRET_IN_URL.reduce((u, pattern) => u.replace(pattern, '$1[redacted]'), url);
}

/**
 * The server's log: JSON lines for a log collector in production; readable, coloured lines
 * when a person watches the terminal (`npm start` on a laptop). Request URLs never carry
 * the tokens of invitation, reset or survey links into either.
 */
export function loggerOptions(
  level: string,
  tty = process.stdout.isTTY,
): FastifyServerOptions['logger'] {
  return {
    level,
    serializers: {
      req: (req: { method: string; url: string; ip?: string; id?: string }) => ({
        method: req.method,
        url: redactUrl(req.url),
        remoteAddress: req.ip,
      }),
    },
    ...(tty
      ? {
          transport: {
            target: 'pino-pretty',
            options: {
              translateTime: 'SYS:HH:MM:ss',
              ignore: 'pid,hostname,reqId',
              singleLine: true,
            },
          },
        }
      : {}),
  };
}
