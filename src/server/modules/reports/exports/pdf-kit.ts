import type PDFDocument from 'pdfkit';
import { lazyModule } from '../../../core/lazy-module.js';

const pdfkit = lazyModule<typeof PDFDocument>('pdfkit');
import type { UnitFile } from '../../units/unit-file.schema.js';

export type Pdf = PDFKit.PDFDocument;
export type PdfColumn = Readonly<{ header: string; width: number; align?: 'left' | 'right' | 'center' }>;

const MARGIN = 50;
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const INK = '#1f2933';
const RULE = '#9aa5b1';
const BAR = '#2f6f9f';

/** An A4 document whose pages stay in memory until the page numbers are written. */
export function newPdf(title: string, author: string, createdAt: Date): Pdf {
  return new (pdfkit())({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: title, Author: author, Creator: 'Tanggap', CreationDate: createdAt },
  });
}

const contentWidth = (doc: Pdf) => doc.page.width - 2 * MARGIN;

/** The unit's letterhead (kop surat) from its configuration: organisation, office, unit, address, telephone, website. */
export function letterhead(doc: Pdf, unitName: string, profile: UnitFile): void {
  const width = contentWidth(doc);
  doc
    .fillColor(INK)
    .font(BOLD)
    .fontSize(13)
    .text(profile.organization.toUpperCase(), MARGIN, MARGIN, { width, align: 'center' });
  if (profile.office) doc.font(BOLD).fontSize(11).text(profile.office, { width, align: 'center' });
  doc.font(BOLD).fontSize(12).text(unitName.toUpperCase(), { width, align: 'center' });
  doc.font(FONT).fontSize(9).text(profile.address, { width, align: 'center' });
  const phone = profile.letterheadPhone ?? profile.phone;
  doc.text(`Telp. ${phone}  ·  ${profile.website}  ·  ${profile.email}`, { width, align: 'center' });
  const y = doc.y + 6;
  doc
    .moveTo(MARGIN, y)
    .lineTo(MARGIN + width, y)
    .lineWidth(2)
    .strokeColor(INK)
    .stroke();
  doc
    .moveTo(MARGIN, y + 3)
    .lineTo(MARGIN + width, y + 3)
    .lineWidth(0.5)
    .stroke();
  doc.x = MARGIN;
  doc.y = y + 16;
}

export function title(doc: Pdf, text: string, subtitle: string): void {
  const width = contentWidth(doc);
  doc.fillColor(INK).font(BOLD).fontSize(14).text(text, MARGIN, doc.y, { width, align: 'center' });
  doc.font(FONT).fontSize(10).text(subtitle, { width, align: 'center' });
  doc.moveDown(1);
}

/** A section heading, moved to a new page when fewer than `keep` points remain. */
export function heading(doc: Pdf, text: string, keep = 80): void {
  ensureSpace(doc, keep);
  doc
    .moveDown(0.6)
    .fillColor(INK)
    .font(BOLD)
    .fontSize(11)
    .text(text, MARGIN, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3);
}

export function paragraph(doc: Pdf, text: string): void {
  doc
    .fillColor(INK)
    .font(FONT)
    .fontSize(9)
    .text(text, MARGIN, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.4);
}

function ensureSpace(doc: Pdf, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN - 20) doc.addPage();
}

/** A ruled table; its header row is repeated on every page it runs onto. */
export function table(
  doc: Pdf,
  columns: readonly PdfColumn[],
  rows: readonly (readonly string[])[],
  options: { boldLastRow?: boolean } = {},
): void {
  const padding = 3;
  const drawRow = (cells: readonly string[], bold: boolean, shaded: boolean) => {
    doc.font(bold ? BOLD : FONT).fontSize(8.5);
    const height =
      Math.max(
        ...columns.map((c, i) => doc.heightOfString(cells[i] ?? '', { width: c.width - 2 * padding })),
      ) +
      2 * padding;
    if (doc.y + height > doc.page.height - MARGIN - 20) {
      doc.addPage();
      if (!shaded)
        drawRow(
          columns.map((c) => c.header),
          true,
          true,
        );
      doc.font(bold ? BOLD : FONT).fontSize(8.5);
    }
    const top = doc.y;
    if (shaded)
      doc
        .rect(
          MARGIN,
          top,
          columns.reduce((w, c) => w + c.width, 0),
          height,
        )
        .fill('#e7eef7');
    let x = MARGIN;
    columns.forEach((c, i) => {
      doc.fillColor(INK).text(cells[i] ?? '', x + padding, top + padding, {
        width: c.width - 2 * padding,
        align: c.align ?? 'left',
      });
      x += c.width;
    });
    doc
      .moveTo(MARGIN, top + height)
      .lineTo(x, top + height)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc.x = MARGIN;
    doc.y = top + height;
  };
  drawRow(
    columns.map((c) => c.header),
    true,
    true,
  );
  rows.forEach((cells, i) => drawRow(cells, options.boldLastRow === true && i === rows.length - 1, false));
  doc.moveDown(0.6);
}

/**
 * A horizontal bar chart: one bar per item, its value written beside it, so the chart reads
 * without colour and its numbers survive text extraction.
 */
export function barChart(
  doc: Pdf,
  items: readonly { label: string; value: number }[],
  formatValue: (v: number) => string = String,
): void {
  const labelWidth = 150;
  const barHeight = 12;
  const gap = 5;
  const maxBar = contentWidth(doc) - labelWidth - 50;
  const max = Math.max(1, ...items.map((i) => i.value));
  ensureSpace(doc, items.length * (barHeight + gap) + 10);
  let y = doc.y;
  for (const item of items) {
    doc
      .fillColor(INK)
      .font(FONT)
      .fontSize(8.5)
      .text(item.label, MARGIN, y + 2, {
        width: labelWidth - 6,
        align: 'right',
        lineBreak: false,
        ellipsis: true,
      });
    const length = (item.value / max) * maxBar;
    if (length > 0) doc.rect(MARGIN + labelWidth, y, length, barHeight).fill(BAR);
    doc
      .fillColor(INK)
      .text(formatValue(item.value), MARGIN + labelWidth + length + 4, y + 2, { lineBreak: false });
    y += barHeight + gap;
  }
  doc.x = MARGIN;
  doc.y = y + 8;
}

/** "Halaman i dari n" at the foot of every page, then the document as bytes. */
export async function finishPdf(doc: Pdf, footer: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin must not start a new page.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN + 10;
    doc.fillColor('#52606d').font(FONT).fontSize(8);
    doc.text(footer, MARGIN, y, { width: contentWidth(doc) / 2, align: 'left', lineBreak: false });
    doc.text(`Halaman ${i + 1} dari ${range.count}`, MARGIN + contentWidth(doc) / 2, y, {
      width: contentWidth(doc) / 2,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
