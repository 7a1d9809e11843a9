import { useEffect, useState } from 'react';
import { MAX_FILE_BYTES } from '../cards/parse/decode';

const MAX_DROP_BYTES = MAX_FILE_BYTES;

export type DroppedFile = { name: string; bytes: Uint8Array; error?: string };

/** Listens for a file dropped anywhere on the window; reads its bytes here, in the renderer. */
export function useDroppedFiles(onFile: (file: DroppedFile) => void): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const onLeave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      if (file.size > MAX_DROP_BYTES) {
        onFile({
          name: file.name,
          bytes: new Uint8Array(0),
          error: `The file is too large (${Math.round(file.size / 1048576)} MB; the limit is ${MAX_DROP_BYTES / 1048576} MB).`,
        });
        return;
      }
      file.arrayBuffer().then((buffer) => onFile({ name: file.name, bytes: new Uint8Array(buffer) }));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [onFile]);
  return dragging;
}
