import { useId } from 'react';

export interface FilePickerProps {
  /** What the button says, e.g. "Add data files". */
  label: string;
  multiple?: boolean;
  onFiles: (files: File[]) => void;
}

/**
 * A real file input (keyboard, screen reader) for the files the app reads, EES CSVs and zips of them, shown as a
 * button. Emptied after each pick, so picking the same file again is heard.
 */
export function FilePicker({ label, multiple = false, onFiles }: FilePickerProps) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="button">
        {label}
      </label>
      <input
        id={id}
        type="file"
        multiple={multiple}
        accept=".csv,.zip,text/csv,application/zip"
        className="visually-hidden-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
    </>
  );
}
