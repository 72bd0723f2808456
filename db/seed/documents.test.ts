import { describe, expect, it } from 'vitest';
import { mediaLimits } from '@/lib/media/limits';
import { prepareDocumentFile } from '@/lib/media/prepare-document-file';
import { demoDocumentPdf, loadDemoDocuments } from './documents';

describe('demo documents', () => {
  it('are the resolutions the seed story cites, each with a PDF the upload checks accept', async () => {
    const docs = loadDemoDocuments();
    expect(docs.map((d) => `${d.numberSymbol} ${d.issuedOn}`)).toEqual(['45-NQ/TW 2019-01-24', '43-NQ/TW 2019-01-24', '37-NQ/TW 2004-07-01']);
    for (const doc of docs) {
      const prepared = await prepareDocumentFile(await demoDocumentPdf(doc), mediaLimits({}));
      expect(prepared.format).toBe('pdf');
    }
  });
});
