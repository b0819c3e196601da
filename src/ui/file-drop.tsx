import { useEffect, useId, useState, type ReactNode } from 'react';

export interface FileDropProps {
  onFiles: (files: File[]) => void;
  children?: ReactNode;
}

/** "Add data files": a real file input (keyboard, screen reader) and the whole page as a drop target. */
export function FileDrop({ onFiles, children }: FileDropProps) {
  const id = useId();
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
      <label htmlFor={id} className="button">
        Add data files
      </label>
      <input
        id={id}
        type="file"
        multiple
        accept=".csv,.zip,text/csv,application/zip"
        className="visually-hidden-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
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
