/**
 * What may be attached to a ticket message: how big, how many, and which file types.
 * The types are decided by content (see file-type.ts), never by what the client claims.
 */
export type AllowedType = Readonly<{
  /** The media type we store and serve. Never text/html, never image/svg+xml. */
  mediaType: string;
  /** Lower-case extensions without the dot; the file name must end in one of them. */
  extensions: readonly string[];
  /** Short name shown to people in the "accepted types" message (both languages). */
  label: string;
}>;

export type AttachmentPolicy = Readonly<{
  maxBytes: number;
  maxFiles: number;
  allowed: readonly AllowedType[];
}>;

const type = (mediaType: string, extensions: string[], label: string): AllowedType =>
  Object.freeze({ mediaType, extensions: Object.freeze(extensions), label });

/** Every type Tanggap knows how to recognise by its bytes, keyed for detection. */
export const ATTACHMENT_TYPES = Object.freeze({
  pdf: type('application/pdf', ['pdf'], 'PDF'),
  png: type('image/png', ['png'], 'PNG'),
  jpeg: type('image/jpeg', ['jpg', 'jpeg'], 'JPEG'),
  gif: type('image/gif', ['gif'], 'GIF'),
  webp: type('image/webp', ['webp'], 'WebP'),
  docx: type(
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ['docx'],
    'Word (.docx)',
  ),
  xlsx: type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ['xlsx'], 'Excel (.xlsx)'),
  pptx: type(
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    ['pptx'],
    'PowerPoint (.pptx)',
  ),
  doc: type('application/msword', ['doc'], 'Word 97-2003 (.doc)'),
  xls: type('application/vnd.ms-excel', ['xls'], 'Excel 97-2003 (.xls)'),
  txt: type('text/plain', ['txt'], 'Teks (.txt)'),
  csv: type('text/csv', ['csv'], 'CSV'),
  zip: type('application/zip', ['zip'], 'ZIP'),
});

export type AttachmentTypeKey = keyof typeof ATTACHMENT_TYPES;

/** 10 MB per file, 5 files per message, every known type. */
export const DEFAULT_ATTACHMENT_POLICY: AttachmentPolicy = Object.freeze({
  maxBytes: 10 * 1024 * 1024,
  maxFiles: 5,
  allowed: Object.freeze(Object.values(ATTACHMENT_TYPES)),
});

/** The accepted types as one line, for the `allowed` parameter of `attachment_type_refused`. */
export function describeAllowed(policy: AttachmentPolicy): string {
  return policy.allowed.map((t) => t.label).join(', ');
}
