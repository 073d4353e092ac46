import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = Readonly<{ to: string[]; from: string; raw: Buffer; parsed: ParsedMail }>;

export type SmtpSink = {
  /** `smtp://127.0.0.1:PORT` for SMTP_URL. */
  url: string;
  received: ReceivedMail[];
  /** The next `times` recipients are refused with this SMTP reply code (451: try later, 550: never). */
  refuse: (code: number, times: number) => void;
  close: () => Promise<void>;
};

/**
 * A real SMTP server in the test process (smtp-server, plain SMTP on loopback, any sender
 * accepted): what arrives is parsed with mailparser, as a mail client would see it.
 */
export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  let refusals: { code: number; left: number } | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (refusals && refusals.left > 0) {
        refusals.left -= 1;
        const error = Object.assign(
          new Error(refusals.code >= 500 ? 'Mailbox unavailable' : 'Try again later'),
          { responseCode: refusals.code },
        );
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then(
          (parsed) => {
            received.push({
              to: session.envelope.rcptTo.map((r) => r.address),
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              raw,
              parsed,
            });
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuse: (code, times) => {
      refusals = { code, left: times };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
