// The text of a PDF, page by page, with pdf.js: what a reader of the printout sees.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** All text of the PDF in `bytes`, each text run followed by a space or a line break. */
export async function pdfText(bytes) {
  const document = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, verbosity: 0 }).promise;
  let text = '';
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    text += content.items.map((item) => item.str + (item.hasEOL ? '\n' : ' ')).join('') + '\n';
  }
  await document.destroy();
  return text;
}
