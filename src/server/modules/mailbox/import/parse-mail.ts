import type * as MailParser from 'mailparser';
import type { Attachment } from 'mailparser';
import { lazyModule } from '../../../core/lazy-module.js';

const mailparser = lazyModule<typeof MailParser>('mailparser');
import { z } from 'zod';
import { messageIdsIn, normaliseMessageId, syntheticMessageId } from '../../../mail/message-id.js';
import type { HeaderLines } from './mail-classify.js';
import { cleanMailText, senderName } from './mail-text.js';

export type ReadableMail = Readonly<{
  readable: true;
  messageId: string;
  from: Readonly<{ address: string; name: string | null }>;
  subject: string | null;
  text: string;
  headerLines: HeaderLines;
  /** In-Reply-To first, then References newest first: the order replies are matched in. */
  answers: readonly string[];
  attachments: readonly Attachment[];
}>;

export type UnreadableMail = Readonly<{
  readable: false;
  messageId: string;
  subject: string | null;
  fromAddress: string | null;
  detail: string;
}>;

const PARSE_TIMEOUT_MS = 30_000;
const Email = z.email();

/**
 * Reads one raw message. It is unreadable — kept raw for staff rather than guessed at — when
 * the parser fails or gives up, or when there is no valid sender address to answer.
 * HTML-only mail is turned into plain text by the parser (scripts, styles and markup gone).
 */
export async function parseMail(raw: Buffer): Promise<ReadableMail | UnreadableMail> {
  const fallbackId = syntheticMessageId(raw);
  let parsed;
  try {
    parsed = await withTimeout(
      mailparser().simpleParser(raw, {
        skipImageLinks: true,
        skipTextToHtml: true,
        skipTextLinks: true,
        maxHtmlLengthToParse: 5_000_000,
      }),
      PARSE_TIMEOUT_MS,
    );
  } catch (error) {
    return {
      readable: false,
      messageId: fallbackId,
      subject: null,
      fromAddress: null,
      detail: `parser: ${(error as Error).message ?? String(error)}`.slice(0, 500),
    };
  }
  const messageId = normaliseMessageId(parsed.messageId) ?? fallbackId;
  const sender = parsed.from?.value.find((a) => a.address && Email.safeParse(a.address).success);
  const subject = parsed.subject?.slice(0, 500) ?? null;
  if (!sender?.address) {
    return {
      readable: false,
      messageId,
      subject,
      fromAddress: null,
      detail: 'no valid sender address (From)',
    };
  }
  const references = messageIdsIn(parsed.references ?? null);
  return {
    readable: true,
    messageId,
    from: { address: sender.address.toLowerCase(), name: senderName(sender.name) },
    subject,
    text: cleanMailText(
      parsed.text || (typeof parsed.html === 'string' ? await htmlAsText(parsed.html) : ''),
    ),
    headerLines: parsed.headerLines,
    answers: [...messageIdsIn(parsed.inReplyTo ?? null), ...references.reverse()],
    attachments: parsed.attachments,
  };
}

/**
 * Text from the HTML part of a mail that has no text part. The parser converts HTML only when
 * it is the whole message, so the HTML is handed to it again as a message of its own: the same
 * conversion (html-to-text, with the parser's depth and length limits) for every mail.
 */
async function htmlAsText(html: string): Promise<string> {
  const single = Buffer.concat([
    Buffer.from('Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'),
    Buffer.from(html, 'utf8'),
  ]);
  const parsed = await withTimeout(
    mailparser().simpleParser(single, {
      skipImageLinks: true,
      skipTextToHtml: true,
      skipTextLinks: true,
      maxHtmlLengthToParse: 5_000_000,
    }),
    PARSE_TIMEOUT_MS,
  );
  return parsed.text ?? '';
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`gave up after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
