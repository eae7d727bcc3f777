/**
 * CSV as spreadsheets write it (RFC 4180 and its habits): `,` or `;` between fields (the header line says which),
 * fields in double quotes with `""` for a quote and line breaks inside, CRLF or LF, a UTF-8 byte order mark.
 */

export interface CsvRecord {
  /** The file's line the record starts on (1: the first line). */
  line: number;
  fields: string[];
}

export interface ParsedCsv {
  records: CsvRecord[];
  /** A quoted field was never closed: the rest of the file would be one field. */
  unclosedQuote: boolean;
  /** The parse stopped at `maxRecords` with text left unread: the file holds more than the caller takes. */
  truncated: boolean;
}

/** The separator of the header line, outside quotes: `;` when it has more of them than commas (Excel in French). */
function separatorOf(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas += 1;
    else if (!quoted && char === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Splits CSV text into records of raw fields (unquoted, not cleaned), stopping after `maxRecords` records that
 * `keep` accepts; the others (blank lines) are dropped and do not count, so that no run of blank lines can push
 * real rows past the cap unseen.
 */
export function parseCsv(
  input: string,
  maxRecords: number,
  keep: (fields: string[]) => boolean = () => true,
): ParsedCsv {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const separator = separatorOf(text);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRecord = () => {
    fields.push(field);
    if (keep(fields)) records.push({ line: start, fields });
    fields = [];
    field = '';
  };
  let i = 0;
  for (; i < text.length && records.length < maxRecords; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line += 1;
        field += char;
      }
    } else if (char === '"' && field.length === 0) quoted = true;
    else if (char === separator) {
      fields.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      start = line;
    } else field += char;
  }
  if (!quoted && (field.length > 0 || fields.length > 0) && records.length < maxRecords) endRecord();
  return { records, unclosedQuote: quoted, truncated: i < text.length };
}
