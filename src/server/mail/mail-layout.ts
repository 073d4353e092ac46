/** The parts a mail is made of; each renders to plain text and to HTML from the same source. */
export type MailBlock =
  | Readonly<{ kind: 'p'; text: string }>
  /** Words written by a person (a reply, a question): shown set apart, line breaks kept. */
  | Readonly<{ kind: 'quote'; text: string }>
  | Readonly<{ kind: 'facts'; rows: ReadonlyArray<readonly [string, string]> }>
  | Readonly<{ kind: 'link'; label: string; url: string }>
  /** Something the reader must keep (a PIN): stands out in both parts. */
  | Readonly<{ kind: 'secret'; label: string; value: string }>
  | Readonly<{ kind: 'small'; text: string }>;

export type MailContent = Readonly<{ subject: string; blocks: readonly MailBlock[] }>;

export type RenderedMail = Readonly<{ subject: string; text: string; html: string }>;

/** Plain text and HTML of a mail. Everything from outside is escaped; nothing is fetched remotely. */
export function renderMail(content: MailContent, lang: 'id' | 'en'): RenderedMail {
  return {
    subject: oneLine(content.subject),
    text: content.blocks.map(blockText).join('\n\n') + '\n',
    html: htmlDocument(content.subject, content.blocks.map(blockHtml).join('\n'), lang),
  };
}

function blockText(block: MailBlock): string {
  switch (block.kind) {
    case 'p':
    case 'small':
      return block.text;
    case 'quote':
      return block.text
        .split('\n')
        .map((line) => `    ${line}`)
        .join('\n');
    case 'facts': {
      const width = Math.max(...block.rows.map(([k]) => k.length));
      return block.rows.map(([k, v]) => `${`${k}:`.padEnd(width + 2)}${v}`).join('\n');
    }
    case 'link':
      return `${block.label}:\n${block.url}`;
    case 'secret':
      return `${block.label}: ${block.value}`;
  }
}

function blockHtml(block: MailBlock): string {
  switch (block.kind) {
    case 'p':
      return `<p style="margin:0 0 16px">${escapeHtml(block.text).replace(/\n/g, '<br>')}</p>`;
    case 'small':
      return `<p style="margin:0 0 16px;color:#555;font-size:13px">${escapeHtml(block.text).replace(/\n/g, '<br>')}</p>`;
    case 'quote':
      return `<blockquote style="margin:0 0 16px;padding:8px 12px;border-left:4px solid #0b5cab;background:#f4f7fb;white-space:pre-wrap">${escapeHtml(block.text)}</blockquote>`;
    case 'facts':
      return `<table role="presentation" style="margin:0 0 16px;border-collapse:collapse">${block.rows
        .map(
          ([k, v]) =>
            `<tr><th scope="row" style="text-align:left;padding:2px 16px 2px 0;font-weight:600;vertical-align:top">${escapeHtml(k)}</th><td style="padding:2px 0">${escapeHtml(v)}</td></tr>`,
        )
        .join('')}</table>`;
    case 'link':
      return `<p style="margin:0 0 16px"><a href="${escapeHtml(block.url)}" style="display:inline-block;padding:10px 16px;background:#0b5cab;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(block.label)}</a><br><span style="font-size:12px;color:#555">${escapeHtml(block.url)}</span></p>`;
    case 'secret':
      return `<p style="margin:0 0 16px">${escapeHtml(block.label)}: <strong style="font-size:20px;letter-spacing:2px;font-family:monospace">${escapeHtml(block.value)}</strong></p>`;
  }
}

function htmlDocument(title: string, body: string, lang: 'id' | 'en'): string {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(oneLine(title))}</title></head>
<body style="margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a">
<div style="max-width:600px">
${body}
</div>
</body></html>
`;
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** A header value on one line, without control characters. */
export function oneLine(text: string): string {
  return text
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
