import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { type BrowserWindow, dialog } from 'electron';
import type { OpenedFile } from '../contract';
import { readArticleFile } from './files';

/** Open-file dialog for articles; a text file is decoded and checked in main before anything crosses IPC, a PDF goes as bytes. */
export async function openArticleDialog(window: BrowserWindow): Promise<OpenedFile | null> {
  const picked = await dialog.showOpenDialog(window, {
    title: 'Add an article',
    properties: ['openFile'],
    filters: [{ name: 'Articles', extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'xhtml', 'pdf'] }],
  });
  const path = picked.filePaths[0];
  if (picked.canceled || !path) return null;
  return readArticleFile(basename(path), await readFile(path));
}

/** Save dialog for exports; returns where the text was written, or null when cancelled. */
export async function saveFileDialog(window: BrowserWindow, suggestedName: string, text: string) {
  const picked = await dialog.showSaveDialog(window, { defaultPath: suggestedName });
  if (picked.canceled || !picked.filePath) return null;
  await writeFile(picked.filePath, text, 'utf8');
  return { path: picked.filePath };
}
