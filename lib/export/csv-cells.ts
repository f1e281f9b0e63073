// Pure: reads no database, clock or globals, and imports nothing Node-only, so the dashboard's
// per-chart CSV buttons run it in the browser. The CSV dialect is ADR 030: RFC 4180 quoting,
// comma, "\r\n" after every record (the last one too), UTF-8 without BOM, one header row.
import Papa from 'papaparse';

/** A cell before serialisation: text (neutralised), a number (kept numeric), or empty. */
export type CsvCell = string | number | null;

/** First characters that make a spreadsheet run a text cell as a formula (OWASP CSV injection). */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/** A text cell that neutraliseFormula prefixed; such cells are always quoted. */
const NEUTRALISED = /^'[=+\-@\t\r]/;

/**
 * Text that a spreadsheet shows as text: a value starting with `=`, `+`, `-`, `@`, tab or carriage
 * return gets a leading `'`; anything else comes back unchanged. Use only on text cells: numbers
 * go through formatNumber and stay numeric.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}

/**
 * A finite number as plain decimal text: dot as decimal mark, no thousands separator, no
 * exponent (`1e-7` becomes `0.0000001`), the shortest digits that read back to the same number,
 * `-0` as `0`. Throws on NaN or an infinity: the engine never emits them (STYLE.md §6).
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`CSV numbers must be finite, got ${value}`);
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = '', lead = '', fraction = '', exponent = '0'] = match;
  const digits = lead + fraction;
  const point = 1 + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

function toText(cell: CsvCell): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? formatNumber(cell) : neutraliseFormula(cell);
}

/**
 * The CSV text of a header and rows (ADR 030). Text cells are neutralised, numbers formatted,
 * null becomes an empty cell. With no rows the result is the header line alone.
 */
export function serializeCsv(header: readonly CsvCell[], rows: readonly (readonly CsvCell[])[]): string {
  const table = [header, ...rows].map((row) => row.map(toText));
  const csv = Papa.unparse(table, {
    newline: '\r\n',
    header: false,
    // Neutralisation is done above so that numbers, negative ones included, are never prefixed.
    escapeFormulae: false,
    quotes: (value: unknown) => typeof value === 'string' && NEUTRALISED.test(value),
  });
  return `${csv}\r\n`;
}
