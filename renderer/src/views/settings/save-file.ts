import { call } from '../../api';

/** Asks main to save text under a suggested name; says where, or that the user cancelled. */
export async function saveText(file: { filename: string; text: string }): Promise<string> {
  const saved = await call('file:save', { suggestedName: file.filename, text: file.text });
  return saved ? `Saved to ${saved.path}` : 'Not saved: the save dialog was cancelled.';
}
