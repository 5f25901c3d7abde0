// Splits text into normalised words that remember where they stand in the
// original string. Every matcher compares these words, never raw text, so that
// layout, typography and case cannot hide a copy; the offsets let a match found
// among words be shown on the page the words came from.
//
// A word is a maximal run of letters and digits. Everything else separates words,
// which folds typographic variants for free: ’ ‘ ' “ ” " – — - and every kind of
// space all split the same way, so "it’s" and "it's" both give "it", "s", and
// "health-care" gives "health", "care".

export interface Token {
  /** The normalised word: lower-case letters and digits without accents. */
  word: string;
  /** Offset of the word's first code unit in the original string. */
  start: number;
  /** Offset just past the word's last code unit in the original string. */
  end: number;
}

/** Combining marks, which NFKD splits off accented letters ("é" → "e" + "◌́"). */
const COMBINING_MARKS = /\p{M}/gu;
/** What survives normalisation: NFKD can produce other symbols ("½" → "1⁄2"), which go. */
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;
/** A code point that can continue a word: letters, digits and combining marks. */
const WORD_CODE_POINT = /^[\p{L}\p{N}\p{M}]$/u;

/**
 * Invisible characters that sit inside words on web pages without splitting them:
 * soft hyphen (U+00AD, shown only at a line break), zero-width non-joiner and
 * joiner, word joiner and the byte-order mark. They are skipped, not split on.
 */
const INVISIBLE_IN_WORD = new Set([0x00ad, 0x200c, 0x200d, 0x2060, 0xfeff]);
/** The same characters as a pattern; alternatives, since U+200D must not sit in a character class. */
const INVISIBLE_IN_WORD_PATTERN = /\u00ad|\u200c|\u200d|\u2060|\ufeff/g;

/**
 * Letters that typography uses as apostrophes or quotation marks: U+02BC MODIFIER
 * LETTER APOSTROPHE and its turned and reversed siblings are letters to Unicode,
 * but stand for ’ in running text, so they separate words like ’ does.
 */
const APOSTROPHE_LETTERS = new Set([0x02b9, 0x02bb, 0x02bc, 0x02bd, 0x02be, 0x02bf, 0x02c8]);

/** Character classes (plain numbers, to live in a Uint8Array table). */
const CharClass = { Unknown: 0, Separator: 1, Word: 2, Invisible: 3 } as const;
type CharClass = (typeof CharClass)[keyof typeof CharClass];

/** Classes of the 128 ASCII code units: letters and digits are words, the rest separates. */
const ASCII_CLASS = new Uint8Array(128).fill(CharClass.Separator);
for (let c = 0x30; c <= 0x39; c++) ASCII_CLASS[c] = CharClass.Word;
for (let c = 0x41; c <= 0x5a; c++) ASCII_CLASS[c] = CharClass.Word;
for (let c = 0x61; c <= 0x7a; c++) ASCII_CLASS[c] = CharClass.Word;

/**
 * Classes of the Basic Multilingual Plane, filled on first sight of each code unit:
 * a Unicode property test per character would dominate the cost of tokenising text
 * with many accented letters or typographic quotes. 64 KiB, shared by all calls.
 */
const BMP_CLASS = new Uint8Array(0x10000);

function classifyCodePoint(codePoint: number): CharClass {
  if (INVISIBLE_IN_WORD.has(codePoint)) return CharClass.Invisible;
  if (APOSTROPHE_LETTERS.has(codePoint)) return CharClass.Separator;
  return WORD_CODE_POINT.test(String.fromCodePoint(codePoint)) ? CharClass.Word : CharClass.Separator;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/**
 * The normalised form of one word as it stands in a text: lower-case, compatibility
 * decomposed (NFKD, so "ﬁ" is "fi" and "²" is "2"), accents and anything that is not
 * a letter or digit removed. `normalizeWord(text.slice(t.start, t.end)) === t.word`
 * for every token `t` of `text`.
 */
export function normalizeWord(raw: string): string {
  // Lower-cased on both sides of NFKD: decomposition can reveal capitals ("𝐁" → "B")
  // and lower-casing can add marks ("İ" → "i" + U+0307), which go with the accents.
  return raw
    .toLowerCase()
    .normalize('NFKD')
    .toLowerCase()
    .replace(COMBINING_MARKS, '')
    .replace(INVISIBLE_IN_WORD_PATTERN, '')
    .replace(NOT_LETTER_OR_DIGIT, '');
}

/** The class of the code unit at `i` and how many code units the character takes. */
function classAt(text: string, i: number): { cls: CharClass; width: number } {
  const unit = text.charCodeAt(i);
  if (unit < 0x80) return { cls: ASCII_CLASS[unit] as CharClass, width: 1 };
  if (isHighSurrogate(unit) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
    const codePoint = text.codePointAt(i) ?? unit;
    return { cls: classifyCodePoint(codePoint), width: 2 };
  }
  let cls = BMP_CLASS[unit] as CharClass;
  if (cls === CharClass.Unknown) {
    cls = isHighSurrogate(unit) || isLowSurrogate(unit) ? CharClass.Separator : classifyCodePoint(unit);
    BMP_CLASS[unit] = cls;
  }
  return { cls, width: 1 };
}

/**
 * Calls `visit` with the bounds of every run of word characters in `text`, in order,
 * and whether the run is plain ASCII (so its normalised form is its lower case). A run
 * may normalise to nothing (marks or symbols alone): callers skip those.
 */
export function scanWords(text: string, visit: (start: number, end: number, ascii: boolean) => void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    // Skip to the start of a word. The ASCII test is inlined: it is most of the text.
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      if (ASCII_CLASS[unit] !== CharClass.Word) {
        i++;
        continue;
      }
    } else {
      const { cls, width } = classAt(text, i);
      if (cls !== CharClass.Word) {
        i += width;
        continue;
      }
    }
    // Inside a word: find its end, noting whether it is plain ASCII.
    const start = i;
    let end = i;
    let ascii = true;
    while (i < length) {
      const u = text.charCodeAt(i);
      if (u < 0x80) {
        if (ASCII_CLASS[u] !== CharClass.Word) break;
        i++;
        end = i;
        continue;
      }
      const { cls, width } = classAt(text, i);
      if (cls === CharClass.Separator) break;
      ascii = false;
      i += width;
      if (cls === CharClass.Word) end = i;
    }
    visit(start, end, ascii);
  }
}

/** The words of `text`, in order, with their offsets into `text`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scanWords(text, (start, end, ascii) => {
    const raw = text.slice(start, end);
    const word = ascii ? raw.toLowerCase() : normalizeWord(raw);
    // A run of nothing but marks or symbols that normalise away is not a word.
    if (word.length > 0) tokens.push({ word, start, end });
  });
  return tokens;
}
