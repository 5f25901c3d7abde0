// Plain-text press releases (and text copied from PDFs or e-mails) are hard-wrapped:
// a line break every 60–70 characters, inside sentences. lib/capture's reader joins a
// wrapped line only when the next line goes on in lower case, so "Cllr Ian Hudspeth,
// Chairman of the¶Local Government Association’s Community Wellbeing Board, said:"
// (Parliament Today) is two paragraphs to it and the name never reaches "said:". On a
// page that is plainly hard-wrapped, verification hands the readings the page with
// every mid-sentence line break made a space: the same length, so every offset still
// points into the page. A page whose lines are paragraphs is left as it is.
// (The lasting fix belongs in capture's isWrappedLine; see the README.)

/**
 * Line breaks going on in lower case after a line ending mid-phrase that make a page
 * hard-wrapped. One or two happen on any page (a caption, a list item broken by the
 * copy); a wrapped press release has one every other line.
 */
const MIN_WRAPPED_BREAKS = 3;

/** A line break inside a sentence by capture's own test: the line ends in a letter or comma, the next goes on in lower case. */
const LOWER_CASE_WRAP = /(?<=[\p{L},])\n(?=\p{Ll})/gu;
/** On a wrapped page, any line break after a letter or comma before a word goes on the sentence ("the¶Local Government"); a line opening with a quotation mark stays a paragraph. */
const MID_SENTENCE_BREAK = /(?<=[\p{L},])\n(?=[\p{L}\p{N}])/gu;

/** `text` with its mid-sentence line breaks made spaces when it is hard-wrapped; otherwise `text` itself. */
export function unwrapLines(text: string): string {
  const wrapped = text.match(LOWER_CASE_WRAP)?.length ?? 0;
  return wrapped >= MIN_WRAPPED_BREAKS ? text.replace(MID_SENTENCE_BREAK, ' ') : text;
}
