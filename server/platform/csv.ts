/**
 * Comma-separated values (RFC 4180) for spreadsheet exports. A cell a spreadsheet would read as a
 * formula (it begins with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading single
 * quote, so opening an export never runs what someone typed into a logged field (OWASP, CSV
 * injection); then a cell holding a quote, comma or line break is quoted, its quotes doubled.
 * Written here rather than taken from a CSV library: the app only writes CSV, which is these few
 * lines, and the neutralising has to happen inside the encoder, before the quoting.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: empty for null or undefined, neutralised, then quoted when it must be. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let cell = String(value);
  if (FORMULA_START.test(cell)) cell = `'${cell}`;
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** One record, ending with CRLF as RFC 4180 has it. */
export function csvRow(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
