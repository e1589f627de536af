// A .json file dropped anywhere on the window is opened like "Open file…"; a trace file
// (OTLP, Jaeger or Zipkin JSON) is imported like "Import traces…".
import { useEffect } from 'react';
import { looksLikeTraceText } from '../../models/interop/trace-format';
import { startTraceImport } from '../interop/trace-import-store';
import { openParsed } from './open-project';
import { readProjectFile } from './read-project-file';

export function useFileDrop(): void {
  useEffect(() => {
    const hasFiles = (e: DragEvent) =>
      !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
    const onDragOver = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const onDrop = async (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      if (looksLikeTraceText(await file.slice(0, 64 * 1024).text())) await startTraceImport(file);
      else openParsed(await readProjectFile(file), file.name);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
}
