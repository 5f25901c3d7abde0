// What the capture page is told about a PDF: its title, author and creation date from
// the document information dictionary (PDF.js's getMetadata().info), which PDF
// producers fill in unevenly, so every field is checked and may be missing.

export interface PdfMetadata {
  title: string;
  author?: string;
  /** YYYY-MM-DD. */
  publishedDate?: string;
}

/** Longest title or author kept: a producer can write anything in the info dictionary. */
const MAX_FIELD_CHARS = 500;

/** "D:YYYYMMDDHHmmSS+HH'mm'": only the date part is needed, and it must be a real day. */
const PDF_DATE = /^(?:D:)?(\d{4})(\d{2})(\d{2})/;

/** The day of a PDF date string (PDF 32000-1 §7.9.4), or undefined when it is not one. */
export function pdfDateToIso(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = PDF_DATE.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day] = match;
  const iso = `${year}-${month}-${day}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso) ? iso : undefined;
}

function field(info: Record<string, unknown>, key: string): string | undefined {
  const value = info[key];
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim().slice(0, MAX_FIELD_CHARS);
  return text || undefined;
}

/** The last part of an address's path, decoded ("annual-report.pdf"), as a title of last resort. */
function fileName(address: string | undefined): string | undefined {
  if (!address) return undefined;
  try {
    const last = new URL(address).pathname.split('/').filter(Boolean).at(-1);
    return last ? decodeURIComponent(last) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Metadata from PDF.js's info dictionary; the title falls back to the file's name,
 * then to "Untitled PDF".
 */
export function pdfMetadata(info: unknown, address?: string, name?: string): PdfMetadata {
  const dict = info !== null && typeof info === 'object' ? (info as Record<string, unknown>) : {};
  const author = field(dict, 'Author');
  const publishedDate = pdfDateToIso(dict.CreationDate);
  return {
    title: field(dict, 'Title') ?? name ?? fileName(address) ?? 'Untitled PDF',
    ...(author ? { author } : {}),
    ...(publishedDate ? { publishedDate } : {}),
  };
}
