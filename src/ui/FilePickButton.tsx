interface Props {
  label: string;
  accept: string;
  multiple?: boolean;
  testId: string;
  onFiles: (files: File[]) => void;
}

/** A button that opens the file picker; the same file can be picked twice in a row. */
export function FilePickButton({ label, accept, multiple = false, testId, onFiles }: Props) {
  return (
    <label className="button file-pick">
      {label}
      <input
        type="file"
        accept={accept}
        multiple={multiple}
        data-testid={testId}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
    </label>
  );
}
