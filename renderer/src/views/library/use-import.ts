import { useCallback, useRef, useState } from 'react';
import type { ArticleInput, CardDraft } from '../../../../electron/contract';
import { call } from '../../api';
import { fileFormat } from '../../cards/parse/format';
import type { WorkRequest } from '../../lib/article-work';
import { guessPastedFormat } from '../../lib/format';
import { GenerationCancelled, type GenerationJob, InputRefused, startGeneration } from '../../lib/generate-client';
import type { TextFormat } from '../../lib/prepare-article';

export type ImportState =
  | { step: 'idle' }
  /** `stage`: what the worker says it is doing, when it says ("reading page 12 of 500"). */
  | { step: 'generating'; title: string; progress: number; stage?: string }
  | { step: 'review'; article: ArticleInput; cards: CardDraft[]; dropped: number }
  | { step: 'saving' };

/** `action`: a button beside the message (import a page's whole text when no article was found). */
export type ImportMessage = {
  kind: 'error' | 'success' | 'info';
  text: string;
  action?: { label: string; run(): void };
} | null;

/** Paste, open or drop -> checked text -> cards made in the worker -> reviewed -> saved. */
export function useImport() {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [message, setMessage] = useState<ImportMessage>(null);
  /** Counts saved imports, so the paste form can start empty again. */
  const [saved, setSaved] = useState(0);
  const job = useRef<GenerationJob | null>(null);

  const run = useCallback(async (request: WorkRequest, label: string): Promise<void> => {
    setMessage(null);
    setState({ step: 'generating', title: label, progress: 0 });
    // A 500-page PDF reports each page: one render per frame is enough for the bar.
    let latest: { progress: number; stage?: string } | null = null;
    const started = startGeneration(request, (progress, stage) => {
      if (latest === null)
        requestAnimationFrame(() => {
          const next = latest;
          latest = null;
          // Not once this job is over (cancelled, or another one started).
          if (next && job.current === started) setState((s) => (s.step === 'generating' ? { ...s, ...next } : s));
        });
      latest = { progress, stage };
    });
    job.current = started;
    try {
      const { article, doc, dropped } = await started.result;
      if (!article) throw new Error('The article could not be read.');
      if (doc.cards.length === 0) {
        setState({ step: 'idle' });
        setMessage({
          kind: 'error',
          text: 'No cards could be made from this text (no actors, dates, quotes or arguments found). Nothing was saved.',
        });
        return;
      }
      setState({ step: 'review', article, cards: doc.cards, dropped });
    } catch (error) {
      setState({ step: 'idle' });
      if (error instanceof GenerationCancelled) setMessage({ kind: 'info', text: error.message });
      else if (error instanceof InputRefused && error.noArticle && request.kind !== 'facts')
        setMessage({
          kind: 'error',
          text: `${label}: ${error.message} Nothing was saved.`,
          action: { label: 'Import the whole text', run: () => void run({ ...request, whole: true }, label) },
        });
      else if (error instanceof InputRefused)
        setMessage({
          kind: 'error',
          text: `${label}: ${error.message}${/nothing was added/i.test(error.message) ? '' : ' Nothing was saved.'}`,
        });
      else setMessage({ kind: 'error', text: `${(error as Error).message} Nothing was saved.` });
    } finally {
      job.current = null;
    }
  }, []);

  const refuse = (error: string) => {
    setState({ step: 'idle' });
    setMessage({ kind: 'error', text: `${error} Nothing was saved.` });
  };

  /** `published`: the date typed in the form (YYYY-MM-DD), used instead of the one the file gives. */
  const fromPaste = (raw: string, title: string, published?: string) => {
    if (raw.trim() === '') return refuse('Paste the text of an article first.');
    void run(
      { kind: 'text', raw, format: guessPastedFormat(raw), title, published: published || undefined },
      title.trim() || 'The pasted text',
    );
  };

  const fromText = (name: string, text: string, format: TextFormat, published?: string) => {
    void run({ kind: 'text', raw: text, format, sourceName: name, published: published || undefined }, name);
  };

  const fromBytes = (name: string, bytes: Uint8Array, error?: string, published?: string) => {
    if (error) return refuse(`${name}: ${error}`);
    void run({ kind: 'bytes', name, bytes, format: fileFormat(name), published: published || undefined }, name);
  };

  const openFile = async (published?: string) => {
    try {
      const file = await call('library:openFile');
      if (file?.format === 'pdf') fromBytes(file.name, new Uint8Array(file.bytes), undefined, published);
      else if (file) fromText(file.name, file.text, file.format, published);
    } catch (error) {
      refuse((error as Error).message);
    }
  };

  const cancel = () => job.current?.cancel();

  const discard = () => {
    setState({ step: 'idle' });
    setMessage({ kind: 'info', text: 'The new cards were discarded; nothing was saved.' });
  };

  /** Saves the article and its cards, then marks each card accepted or rejected as the person chose. */
  const save = async (article: ArticleInput, cards: CardDraft[], accepted: Set<string>) => {
    setState({ step: 'saving' });
    try {
      const result = await call('library:save', { article, cards });
      const ids = cards.map((c) => c.id);
      await call('cards:review', {
        accept: ids.filter((id) => accepted.has(id)),
        reject: ids.filter((id) => !accepted.has(id)),
      });
      setSaved((n) => n + 1);
      setState({ step: 'idle' });
      const kept = result.unchanged + result.updated;
      setMessage({
        kind: 'success',
        text:
          `Saved “${article.title}”: ${accepted.size} of ${cards.length} cards accepted` +
          (kept > 0 ? `; progress kept on ${kept} cards that were already there.` : '.'),
      });
    } catch (error) {
      setState({ step: 'review', article, cards, dropped: 0 });
      setMessage({ kind: 'error', text: `Could not save: ${(error as Error).message}. Nothing was saved.` });
    }
  };

  return { state, message, saved, setMessage, fromPaste, fromBytes, openFile, cancel, discard, save };
}
