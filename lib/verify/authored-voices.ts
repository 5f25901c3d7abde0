// "Matt Hancock’s foreword talks about the need to “set aside bureaucratic rules” and
// “remove much of the transactional bureaucracy …”" (The Guardian): words quoted from a
// text a known person wrote or gave (a foreword, a letter, a speech) are that person's,
// though no speech verb follows the name. lib/capture's reader finds only the name in the
// quotation's sentence, its weakest claim (below what verification checks); here the
// quotation goes to that person when their possessive and the text's noun are the last
// name before the quotation in its sentence. A page whose headline is such a text
// ("Matthew Taylor's keynote speech at NHS ConfedExpo") is that person's own words, and a
// quotation standing alone as a paragraph that the page then repeats outside quotation
// marks is a pull quote of them. Like every reading, below the confidence a
// misattribution needs.
import type { ProposedQuote } from '../capture/attribution';
import type { QuotationSpan } from '../capture/quotation-spans';
import { recurs } from './headline-voices';
import { type NamedPerson, READING_CONFIDENCE, type Voice, claimedFor, knownVoice, paragraphEnd, sentenceStart, spanOf, standsAlone } from './page-structure';

/** A possessive, then a text its owner wrote or gave ("’s foreword", "'s latest letter"); not a report, which quotes others. */
const AUTHORED_TEXT =
  /^['’]s?\s+(?:(?:new|latest|own|recent|first|opening|keynote)\s+)?(?:foreword|preface|introduction|letter|article|op-ed|column|blog|speech|statement|message|remarks|tweet|email|e-mail|evidence|testimony)\b/iu;
/** Words between the text and the quotation giving it someone else's description ("… speech was described as “…”", "… criticised by"). */
const OTHERS_WORDS = /\b(?:by|as|called|described|dismissed|criticised|criticized)\b/i;

/** The reader's proposals, with quotations from a known person's own text given to them. */
export function withAuthoredVoices(text: string, proposals: readonly ProposedQuote[], spans: readonly QuotationSpan[], people: readonly NamedPerson[]): ProposedQuote[] {
  return proposals.map((p) => {
    const span = spanOf(spans, p);
    if (!span || p.confidence >= READING_CONFIDENCE) return p;
    const from = sentenceStart(text, span.open);
    const author = people.filter((n) => n.start >= from && n.end <= span.open).at(-1);
    const owned = author && AUTHORED_TEXT.exec(text.slice(author.end, span.open));
    const voice = knownVoice(author);
    if (!voice || !owned || OTHERS_WORDS.test(text.slice(author.end + owned[0].length, span.open))) return p;
    return claimedFor(p, voice, READING_CONFIDENCE);
  });
}

/** The known person whose own text the page's headline (its first line) says the page is. */
function pageAuthor(text: string, people: readonly NamedPerson[]): Voice | undefined {
  const headlineEnd = paragraphEnd(text, Math.max(0, text.search(/\S/)));
  const author = people.find((n) => n.personId && n.end <= headlineEnd);
  return author && AUTHORED_TEXT.test(text.slice(author.end, headlineEnd)) ? knownVoice(author) : undefined;
}

/** A quotation that is its paragraph's whole text and whose words the page goes on to repeat unquoted: a pull quote. */
function isPullQuote(text: string, span: QuotationSpan, quoted: string): boolean {
  return standsAlone(text, span) && recurs(quoted, text.slice(span.close));
}

/** The proposals, with a pull quote on a page that is a known person's own text given to them. */
export function withAuthoredPage(text: string, proposals: readonly ProposedQuote[], spans: readonly QuotationSpan[], people: readonly NamedPerson[]): ProposedQuote[] {
  const author = pageAuthor(text, people);
  if (!author) return [...proposals];
  return proposals.map((p) => {
    const span = spanOf(spans, p);
    if (!span || p.speakerName || p.organisationName || p.confidence >= READING_CONFIDENCE || !isPullQuote(text, span, p.text)) return p;
    return claimedFor(p, author, READING_CONFIDENCE);
  });
}
