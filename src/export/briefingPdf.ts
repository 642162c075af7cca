import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

/** One page of the briefing pack. */
export interface BriefingPage {
  title: string;
  subtitle: string;
  mapPng: Uint8Array | null;
  lines: string[];
  topFive: string[];
  notes: string;
  disclosure: string;
  method: string[];
  sources: string[];
}

const WIN_ANSI_EXTRAS = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

/** The standard PDF fonts speak WinAnsi only: anything else becomes a near equivalent or "?". */
export function pdfSafe(text: string): string {
  return text
    .replace(/≈/g, '~')
    .replace(/[≤]/g, '<=')
    .replace(/[≥]/g, '>=')
    .replace(/[→]/g, '->')
    .replace(/\s+/g, ' ')
    .split('')
    .map((ch) => (ch.charCodeAt(0) < 256 || WIN_ANSI_EXTRAS.includes(ch) ? ch : '?'))
    .join('');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const words = pdfSafe(text).split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (font.widthOfTextAtSize(next, size) > width && line) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Writes wrapped paragraphs downwards from y; returns the y below them. */
function paragraphs(page: PDFPage, items: string[], x: number, y: number, width: number, font: PDFFont, size: number, gap = 3): number {
  for (const item of items) {
    for (const line of wrap(item, font, size, width)) {
      page.drawText(line, { x, y, size, font, color: rgb(0.1, 0.1, 0.12) });
      y -= size * 1.25;
    }
    y -= gap;
  }
  return y;
}

/** The briefing pack: one A4 landscape page per slide, made in the browser. */
export async function briefingPdf(pages: BriefingPage[], docTitle: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(pdfSafe(docTitle));
  pdf.setProducer('harmspot');
  pdf.setCreator('harmspot');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const [W, H] = [842, 595];
  const margin = 32;
  for (const p of pages) {
    const page = pdf.addPage([W, H]);
    page.drawText(pdfSafe(p.title), { x: margin, y: H - margin - 18, size: 20, font: bold });
    page.drawText(pdfSafe(p.subtitle), { x: margin, y: H - margin - 38, size: 11, font: regular, color: rgb(0.3, 0.3, 0.35) });
    const top = H - margin - 52;
    const mapW = 470;
    let mapBottom = top;
    if (p.mapPng) {
      const img = await pdf.embedPng(p.mapPng);
      const scale = Math.min(mapW / img.width, 330 / img.height);
      const [w, h] = [img.width * scale, img.height * scale];
      page.drawImage(img, { x: margin, y: top - h, width: w, height: h });
      mapBottom = top - h;
    }
    const colX = margin + mapW + 18;
    const colW = W - colX - margin;
    let y = paragraphs(page, p.lines, colX, top - 10, colW, regular, 11, 5);
    if (p.topFive.length) {
      page.drawText('Top five places', { x: colX, y: y - 4, size: 12, font: bold });
      y = paragraphs(page, p.topFive.map((t, i) => `${i + 1}. ${t}`), colX, y - 20, colW, regular, 10, 1);
    }
    if (p.notes) paragraphs(page, [`Notes: ${p.notes}`], colX, y - 8, colW, regular, 10);
    let fy = Math.min(mapBottom, 200) - 14;
    fy = paragraphs(page, [p.disclosure], margin, fy, W - 2 * margin, bold, 9, 4);
    fy = paragraphs(page, p.method, margin, fy, W - 2 * margin, regular, 8, 2);
    paragraphs(page, p.sources, margin, fy - 2, W - 2 * margin, regular, 7, 1);
  }
  return pdf.save();
}
