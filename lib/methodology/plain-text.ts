// Pure: reads no database, clock or globals. Texts for people: the methodology page shows sources
// and notes written next to the data, which sometimes name a field ("resourceMt derived") or a
// project file ("reference notes (arctic-reference.md)"). These helpers put such names in words.

const WORDS: Record<string, string> = { usd: 'USD', mt: 'Mt', pct: '%', km: 'km', co2: 'CO2', bn: 'bn', nsr: 'NSR', tkm: 'tkm' };

/**
 * A camelCase or dotted field name in words, units kept readable: "plateauMtPerYear" → "plateau Mt
 * per year", "link.openYear" → "link open year". An empty name gives "".
 */
export function toWords(field: string): string {
  return field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s.]+/)
    .filter(Boolean)
    .map((w) => WORDS[w.toLowerCase()] ?? w.toLowerCase())
    .join(' ');
}

/** A file name in a text: "arctic-reference.md", "defaults.ts". */
const FILE_NAME = /[\w-]+\.(?:md|ts|tsx|json|csv|sql)\b/g;
/** A camelCase identifier (a lower-case start, then a capital): "resourceMt", "earliestStartYear". */
const IDENTIFIER = /\b[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+\b/g;

/**
 * `text` without project file names and with field identifiers in words: a file name in brackets
 * is dropped with its brackets ("notes (arctic-reference.md) §2" → "notes §2"), a bare one becomes
 * its name in words ("arctic reference"), "resourceMt derived" becomes "resource Mt derived".
 * Other text is unchanged.
 */
export function toPlainText(text: string): string {
  return text
    .replace(new RegExp(`\\s*\\(${FILE_NAME.source}\\)`, 'g'), '')
    .replace(FILE_NAME, (name) => name.replace(/\.\w+$/, '').replace(/[-_]/g, ' '))
    .replace(IDENTIFIER, toWords);
}
