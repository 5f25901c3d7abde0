// Plain-text press releases (and text copied from PDFs or e-mails) are hard-wrapped: a line
// break every 60–70 characters, inside sentences. Read line by line, "Cllr Ian Hudspeth,
// Chairman of the¶Local Government Association’s Community Wellbeing Board, said:"
// (Parliament Today) is two paragraphs and the name never reaches "said:". The attribution
// reader (attribution.ts) reads a plainly hard-wrapped page with every mid-sentence line
// break made a space: the same length, so every offset still points into the page. A page
// whose lines are its paragraphs is left as it is, and on it a single line break going on
// in lower case is still read as a wrapped line (isWrappedBreak).

/**
 * Line breaks going on in lower case after a line ending mid-phrase that make a page
 * hard-wrapped. One or two happen on any page (a caption, a list item broken by the
 * copy); a wrapped press release has one every other line.
 */
const MIN_WRAPPED_BREAKS = 3;
/**
 * The share of a page's line breaks (before a word) that must go on in lower case. On the
 * two hard-wrapped pages of the development and verification sets it is about 70 %; on
 * pages whose lines are paragraphs it is at most 14 %, however long the page.
 */
const MIN_WRAPPED_SHARE = 1 / 3;

/** On a wrapped page, any line break after a letter or comma before a word goes on the sentence ("the¶Local Government"); a line opening with a quotation mark stays a paragraph. */
const MID_SENTENCE_BREAK = /(?<=[\p{L},])\n(?=[\p{L}\p{N}])/gu;
/** Line breaks before a word: the lines a share is taken of (blank lines and indents are not lines of their own). */
const LINE_BREAK = /\n(?=[ \t]*\S)/g;

/** Whether the line break at `newline` goes on a sentence in lower case ("…care and support is¶delivered"). */
export function isWrappedBreak(text: string, newline: number): boolean {
  return /[\p{L},]/u.test(text[newline - 1] ?? '') && /\p{Ll}/u.test(text[newline + 1] ?? '');
}

/** Whether the page is hard-wrapped: enough of its line breaks go on a sentence in lower case. */
export function isHardWrapped(text: string): boolean {
  const wrapped = [...text.matchAll(/\n/g)].filter((m) => isWrappedBreak(text, m.index)).length;
  return wrapped >= MIN_WRAPPED_BREAKS && wrapped >= (text.match(LINE_BREAK)?.length ?? 0) * MIN_WRAPPED_SHARE;
}

/** `text` with its mid-sentence line breaks made spaces when it is hard-wrapped (pass what isHardWrapped said of it, if known); otherwise `text` itself. */
export function unwrapLines(text: string, hardWrapped = isHardWrapped(text)): string {
  return hardWrapped ? text.replace(MID_SENTENCE_BREAK, ' ') : text;
}
