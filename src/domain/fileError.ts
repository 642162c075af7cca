/** A file that cannot be loaded at all. The message names the file and, where it applies, row and column. */
export class FileError extends Error {
  constructor(
    readonly fileName: string,
    readonly detail: string,
    readonly row?: number,
    readonly column?: string,
  ) {
    super(
      [
        `${fileName}:`,
        row !== undefined ? `row ${row}` : undefined,
        column !== undefined ? `column "${column}"` : undefined,
        '—',
        detail,
      ]
        .filter(Boolean)
        .join(' '),
    );
    this.name = 'FileError';
  }
}
