import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A message as received by the test SMTP server, with its MIME parts decoded. */
export interface CapturedMail {
  to: string[];
  headers: string;
  text: string;
  html: string;
}

function decodePart(headers: string, body: string): string {
  const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

/** Just enough MIME for nodemailer's multipart/alternative (text + html) messages. */
export function parseMail(raw: string, to: string[]): CapturedMail {
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(headers)?.[1];
  const parts = boundary ? raw.split(`--${boundary}`).slice(1, -1) : [raw.slice(split + 4)];
  let text = '';
  let html = '';
  for (const part of parts) {
    const at = part.indexOf('\r\n\r\n');
    const partHeaders = part.slice(0, at);
    const content = decodePart(partHeaders, part.slice(at + 4));
    if (/content-type:\s*text\/html/i.test(partHeaders)) html = content;
    else if (/content-type:\s*text\/plain/i.test(partHeaders)) text = content;
  }
  return { to, headers, text, html };
}

/**
 * A real SMTP server on 127.0.0.1 (random port) that keeps every message it accepts: notification
 * e-mails in `mails`, account e-mails (confirmation links, marked X-Navet-Account-Mail) in
 * `accountMails`, so tests counting notifications are not thrown off by registrations.
 */
export class MailCapture {
  readonly mails: CapturedMail[] = [];
  readonly accountMails: CapturedMail[] = [];
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const mail = parseMail(
          Buffer.concat(chunks).toString('utf8'),
          session.envelope.rcptTo.map((r) => r.address),
        );
        (/^x-navet-account-mail:/im.test(mail.headers) ? this.accountMails : this.mails).push(mail);
        callback();
      });
    },
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
