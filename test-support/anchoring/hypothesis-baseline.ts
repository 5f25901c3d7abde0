// The Hypothesis client's way of anchoring a quote, ported for `npm run bench` to
// measure ours against (it is not used by the extension). From
// https://github.com/hypothesis/client, src/annotator/anchoring/match-quote.ts
// (matchQuote: exact indexOf matches, else approx-string-match over the whole text
// with maxErrors = min(256, quote length / 2); candidates scored 50 : 20 : 20 : 2 on
// quote errors, prefix and suffix similarity and distance from the hint) and
// src/annotator/anchoring/html.ts (the position selector is tried first and used if
// the text there equals the quote). Only the DOM plumbing is left out: it runs on the
// same page text as ours.
//
// Its licence, as the BSD-2-Clause licence asks of redistributed source:
//
// Copyright (c) 2013-2016 Hypothes.is Project and contributors
//
// Redistribution and use in source and binary forms, with or without
// modification, are permitted provided that the following conditions are met:
//
// 1. Redistributions of source code must retain the above copyright notice, this
//    list of conditions and the following disclaimer.
// 2. Redistributions in binary form must reproduce the above copyright notice,
//    this list of conditions and the following disclaimer in the documentation
//    and/or other materials provided with the distribution.
//
// THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
// ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
// WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
// DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT OWNER OR CONTRIBUTORS BE LIABLE FOR
// ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES
// (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES;
// LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND
// ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
// (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS
// SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
import approxSearch, { type Match as StringMatch } from 'approx-string-match';
import type { AnchorSelectors, Anchor } from '../../lib/anchoring/anchor';

/** Exact matches if there are any (found with indexOf), else the best approximate ones. */
function search(text: string, str: string, maxErrors: number): StringMatch[] {
  const exact: StringMatch[] = [];
  for (let at = text.indexOf(str); at !== -1; at = text.indexOf(str, at + 1)) {
    exact.push({ start: at, end: at + str.length, errors: 0 });
  }
  return exact.length > 0 ? exact : approxSearch(text, str, maxErrors);
}

/** Similarity in [0, 1] of `str` to its best match in `text`. */
function textMatchScore(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0;
  const [best] = search(text, str, str.length);
  return best ? 1 - best.errors / str.length : 0;
}

export function matchQuote(text: string, quote: string, context: { prefix?: string; suffix?: string; hint?: number } = {}): Anchor | null {
  if (quote.length === 0) return null;
  const maxErrors = Math.min(256, quote.length / 2);
  const matches = search(text, quote, maxErrors);
  if (matches.length === 0) return null;
  const [quoteWeight, prefixWeight, suffixWeight, posWeight] = [50, 20, 20, 2];
  const score = (m: StringMatch): number => {
    const quoteScore = 1 - m.errors / quote.length;
    const prefixScore = context.prefix
      ? textMatchScore(text.slice(Math.max(0, m.start - context.prefix.length), m.start), context.prefix)
      : 1;
    const suffixScore = context.suffix ? textMatchScore(text.slice(m.end, m.end + context.suffix.length), context.suffix) : 1;
    const posScore = typeof context.hint === 'number' ? 1 - Math.abs(m.start - context.hint) / text.length : 1;
    const raw = quoteWeight * quoteScore + prefixWeight * prefixScore + suffixWeight * suffixScore + posWeight * posScore;
    return raw / (quoteWeight + prefixWeight + suffixWeight + posWeight);
  };
  const scored = matches.map((m) => ({ start: m.start, end: m.end, score: score(m) }));
  scored.sort((a, b) => b.score - a.score);
  return scored[0] ?? null;
}

/** html.ts's anchor(): the position if the quote is still there, else matchQuote with the position as hint. */
export function hypothesisAnchor(text: string, { quote, position }: AnchorSelectors): Anchor | null {
  if (position && text.slice(position.start, position.end) === quote.exact) {
    return { start: position.start, end: position.end, score: 1 };
  }
  return matchQuote(text, quote.exact, { prefix: quote.prefix, suffix: quote.suffix, hint: position?.start });
}

/** One call per highlight, as the Hypothesis client anchors each annotation separately. */
export function hypothesisAnchorAll(text: string, selectors: readonly AnchorSelectors[]): (Anchor | null)[] {
  return selectors.map((s) => hypothesisAnchor(text, s));
}
