import { fileURLToPath } from 'node:url';
import type { ChartSpec, ReportDocument } from '../domain/insights/index.js';

const font = (name: string) => fileURLToPath(new URL(`../../assets/fonts/${name}`, import.meta.url));
const REGULAR = font('DejaVuSans.ttf');
const BOLD = font('DejaVuSans-Bold.ttf');

/** The yearly document as a PDF, drawn by pdfkit with the bundled font: no browser, nothing downloaded. */
export async function reportPdf(
  document: ReportDocument,
  charts: Array<{ spec: ChartSpec; png: Buffer }>,
  createdAt: Date,
): Promise<Buffer> {
  // pdfkit (and its font engine) is loaded on first use, like the chart libraries.
  const { default: PDFDocument } = await import('pdfkit');
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: document.title, Creator: 'Coalition Check-ins', CreationDate: createdAt },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const width = pdf.page.width - 112;
  pdf.font(BOLD).fontSize(20).text(document.title, { width });
  pdf.font(REGULAR).fontSize(11).fillColor('#444').text(document.subtitle).fillColor('#000').moveDown(1);
  for (const section of document.sections) {
    pdf.font(BOLD).fontSize(14).text(section.heading).moveDown(0.3);
    pdf.font(REGULAR).fontSize(10.5);
    for (const paragraph of section.paragraphs) pdf.text(paragraph, { width }).moveDown(0.4);
    if (section.bullets.length) pdf.list(section.bullets, { width, bulletRadius: 2 }).moveDown(0.4);
    const chart = charts.find((entry) => entry.spec.id === section.chart);
    if (chart) {
      const height = (width * 560) / 1000;
      if (pdf.y + height + 40 > pdf.page.height - 56) pdf.addPage();
      pdf.image(chart.png, { width });
      pdf.font(REGULAR).fontSize(9).fillColor('#444').text(chart.spec.takeaway, { width }).fillColor('#000');
    }
    pdf.moveDown(1);
  }
  pdf.end();
  return done;
}
