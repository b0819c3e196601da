import { useEffect, useState, type ReactNode } from 'react';
import { FilePicker } from './file-picker';

export interface FileDropProps {
  onFiles: (files: File[]) => void;
  children?: ReactNode;
}

/** "Add data files": a file picker, and the whole page as a drop target. */
export function FileDrop({ onFiles, children }: FileDropProps) {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!event.dataTransfer?.files.length) return;
      event.preventDefault();
      setDragging(false);
      onFiles([...event.dataTransfer.files]);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onFiles]);
  return (
    <div className="file-drop">
      <FilePicker label="Add data files" multiple onFiles={onFiles} />
      <span className="hint">or drop EES CSV files anywhere on the page</span>
      {children}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop CSV files to add them
        </div>
      )}
    </div>
  );
}
