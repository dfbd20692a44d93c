import 'server-only';

import { existsSync } from 'node:fs';

import PDFDocument from 'pdfkit';

/** Noto Sans CJK where distributions install it (fonts-noto-cjk, google-noto-cjk-fonts). */
const CJK_FONTS = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
];
/** The face inside the collection that covers Simplified Chinese (and Latin). */
const CJK_FACE = 'NotoSansCJKsc-Regular';

export type ReceiptPdf = {
  title: string;
  heading: string;
  /** Label and value, in reading order. */
  rows: [string, string][];
  footer: string;
};

function cjkFont(): string | null {
  return CJK_FONTS.find((p) => existsSync(p)) ?? null;
}

/**
 * Without a CJK font the PDF falls back to Helvetica, whose WinAnsi encoding has no CJK glyphs:
 * those characters are replaced with "?" rather than drawn as wrong glyphs (docs/payments.md).
 */
function latinOnly(text: string): string {
  return text.replace(/[^\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2018-\u201d\u2026\u20ac]/g, '?');
}

/** Renders a one-page A4 receipt; resolves to the PDF bytes. */
export function renderReceiptPdf(receipt: ReceiptPdf): Promise<Buffer> {
  const font = cjkFont();
  const text = font ? (s: string) => s : latinOnly;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: text(receipt.title), Producer: 'Zhishi' },
  });
  if (font) doc.registerFont('body', font, CJK_FACE);
  const body = font ? 'body' : 'Helvetica';
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font(body).fontSize(20).text(text(receipt.heading));
  doc.moveDown(1);
  const labelWidth = 140;
  const left = doc.page.margins.left;
  const valueWidth = doc.page.width - left - doc.page.margins.right - labelWidth;
  for (const [label, value] of receipt.rows) {
    const y = doc.y;
    doc
      .fontSize(10)
      .fillColor('#555555')
      .text(text(label), left, y, { width: labelWidth - 8 });
    const afterLabel = doc.y;
    doc
      .fillColor('#000000')
      .fontSize(11)
      .text(text(value), left + labelWidth, y, { width: valueWidth });
    doc.y = Math.max(afterLabel, doc.y) + 6;
  }
  doc.moveDown(2);
  doc.fontSize(9).fillColor('#555555').text(text(receipt.footer), left, doc.y);
  doc.end();
  return done;
}
