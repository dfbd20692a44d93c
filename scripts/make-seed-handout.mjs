// Writes the three-page study handout used by the demo PDF lessons (plain PDF 1.4, Helvetica only).
import { writeFileSync } from 'node:fs';

const pages = [
  {
    title: 'Study Handout',
    lines: [
      'How to get the most out of an online course',
      '',
      '1. Set a schedule. Two or three short sessions a week beat one long one.',
      '2. Watch or read a lesson once, then redo the example without looking.',
      '3. Keep a learning log: one paragraph per lesson, in your own words.',
      '4. Ask questions in the lesson Q&A. Explaining a problem often solves it.',
      '5. Finish with a small project that uses what you learned.',
      '',
      'This handout goes with the lessons marked "PDF" in the course curriculum.',
    ],
  },
  {
    title: 'Practice Checklist',
    lines: [
      '[ ] I can explain the main idea of the last section in two sentences.',
      '[ ] I reproduced the worked example from memory.',
      '[ ] I changed one input and predicted the result before running it.',
      '[ ] I wrote down one question I still have.',
      '[ ] I reviewed my notes from the previous week.',
      '',
      'Spaced review: revisit each section after 1 day, 3 days and 7 days.',
      'Retrieval beats rereading: close the notes and try to recall first.',
    ],
  },
  {
    title: 'Notes',
    lines: [
      'Key terms from this section:',
      '',
      '____________________________________________________________',
      '',
      '____________________________________________________________',
      '',
      '____________________________________________________________',
      '',
      'What will I build with this?',
      '',
      '____________________________________________________________',
    ],
  },
];

const esc = (s) => s.replace(/[\\()]/g, (c) => `\\${c}`);

function pageStream(page, index) {
  const ops = [
    '0.09 0.45 0.56 rg 0 792 612 -90 re f',
    'BT /F2 26 Tf 1 1 1 rg 56 730 Td (' + esc(page.title) + ') Tj ET',
    '0.2 0.2 0.2 rg',
  ];
  let y = 660;
  for (const line of page.lines) {
    if (line) ops.push(`BT /F1 12 Tf 56 ${y} Td (${esc(line)}) Tj ET`);
    y -= 22;
  }
  ops.push(
    `BT /F1 9 Tf 0.5 0.5 0.5 rg 56 40 Td (Zhishi demo handout - page ${index + 1} of ${pages.length}) Tj ET`,
  );
  return ops.join('\n');
}

const objects = [];
const add = (body) => objects.push(body) && objects.length;
const catalog = add('');
const pagesObj = add('');
const font1 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
const font2 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>');
const kids = pages.map((page, i) => {
  const stream = pageStream(page, i);
  const content = add(`<< /Length ${Buffer.byteLength(stream)} >>\nstream\n${stream}\nendstream`);
  return add(
    `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 612 792] /Contents ${content} 0 R ` +
      `/Resources << /Font << /F1 ${font1} 0 R /F2 ${font2} 0 R >> >> >>`,
  );
});
objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
objects[pagesObj - 1] =
  `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;

let pdf = '%PDF-1.4\n';
const offsets = objects.map((body, i) => {
  const at = Buffer.byteLength(pdf);
  pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  return at;
});
const xref = Buffer.byteLength(pdf);
pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
pdf += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
writeFileSync(process.argv[2], pdf);
