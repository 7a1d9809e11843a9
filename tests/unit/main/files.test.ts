/** The open dialog's file check in main: text decoded (UTF-16 too), a PDF passed on as bytes, oversized files refused. */
import { describe, expect, it } from 'vitest';
import { readArticleFile } from '../../../electron/main/files';

describe('readArticleFile', () => {
  it('decodes text files, UTF-16 with its byte order mark included', () => {
    expect(readArticleFile('a.md', new TextEncoder().encode('# Title\n\nBody.'))).toEqual({
      name: 'a.md',
      format: 'md',
      text: '# Title\n\nBody.',
    });
    const utf16 = new Uint8Array([0xff, 0xfe, 0x48, 0, 0x69, 0]);
    expect(readArticleFile('b.txt', utf16)).toMatchObject({ format: 'txt', text: 'Hi' });
  });

  it('passes a PDF on as bytes for the renderer’s worker to read', () => {
    const bytes = new TextEncoder().encode('%PDF-1.7 …');
    expect(readArticleFile('Report.PDF', bytes)).toEqual({ name: 'Report.PDF', format: 'pdf', bytes });
  });

  it('refuses a file over the size limit and binary text with the file’s name', () => {
    expect(() => readArticleFile('huge.pdf', new Uint8Array(65 * 1024 * 1024))).toThrow(
      /“huge.pdf” is too large \(65 MB/,
    );
    expect(() => readArticleFile('x.txt', new Uint8Array([0x41, 0, 0x42]))).toThrow(/“x.txt”: .*binary/);
  });
});
