/**
 * Word files built to weigh: a .docx whose document.xml holds as many bytes of paragraphs as asked (for zip bombs,
 * parts that fit the caps but not a small worker heap, and long reports), shared by the zip-bomb and county tests.
 */
import { strToU8, zipSync } from 'fflate';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const PARA = '<w:p><w:r><w:t>青石镇坚持依法行政，扎实推进法治政府建设，加强行政执法监督。</w:t></w:r></w:p>';

/** A .docx whose document.xml holds about `xmlBytes` of paragraphs (`runs` runs each), plus a random picture. */
export function docxOf(xmlBytes: number, pictureBytes = 0, runs = 1): Uint8Array {
  const para = PARA.replace(/<w:r>.*<\/w:r>/, (r) => r.repeat(runs));
  const body = para.repeat(Math.ceil(xmlBytes / Buffer.byteLength(para)));
  const doc = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  const picture = new Uint8Array(pictureBytes);
  let x = 7;
  for (let i = 0; i < picture.length; i++) picture[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return zipSync(
    {
      '[Content_Types].xml': strToU8(CONTENT_TYPES),
      '_rels/.rels': strToU8(RELS),
      'word/document.xml': strToU8(doc),
      'word/media/image1.png': [picture, { level: 0 }],
    },
    { level: 9 },
  );
}
