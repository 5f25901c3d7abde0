// Compares two ways of reading a page's main text for capture: the hand-written reader
// the content script uses (lib/capture/main-text.ts) and Mozilla's Readability
// (Firefox Reader View), on the five seeds laid out as news pages two ways: with
// semantic landmarks (<header>, <nav>, <article>, <footer>) and as "div soup" with the
// same furniture plus a "Most read" box of other headlines. Reported per reader:
//   - recall: share of the seed's words the reader returned;
//   - leakage: share of the returned words that are not the seed's (furniture).
import { Readability } from '@mozilla/readability';
import { Window } from 'happy-dom';
import { escapeHtml, renderSeedPage } from '../../browser-tests/support/seed-pages';
import type { Corpus } from '../../lib/corpus/build-corpus';
import { readMainText } from '../../lib/capture/main-text';

export interface ReaderScore {
  layout: 'semantic' | 'div soup';
  reader: 'hand-written' | 'Readability';
  recall: number;
  leakage: number;
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function divSoup(corpus: Corpus, statement: Corpus['statements'][number]): string {
  const index = corpus.statements.indexOf(statement);
  const others = corpus.statements.filter((_, i) => i !== index).map((s) => `<div class="item"><a href="/">${escapeHtml(s.title)}</a></div>`);
  const paragraphs = statement.text.split(/\n\s*\n/).map((p) => `<div class="para">${escapeHtml(p.trim())}</div>`);
  return `<!doctype html><html><head><title>${escapeHtml(statement.title)}</title></head><body>
<div class="top"><div class="logo">News</div><div class="menu"><a href="/">Home</a> <a href="/">Health</a> <a href="/">Politics</a> <a href="/">Opinion</a></div></div>
<div class="wrap"><div class="col-main"><div class="story">${paragraphs.join('\n')}</div>
<div class="share">Share this article: Facebook Twitter Email</div></div>
<div class="col-side"><div class="box"><div class="box-title">Most read</div>${others.join('')}</div>
<div class="box">Sign up to our newsletter for the latest health policy news every morning</div></div></div>
<div class="bottom">Copyright News Ltd. All rights reserved. Terms and conditions. Privacy policy. Cookie settings.</div>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies</div></body></html>`;
}

function parse(html: string): Document {
  const window = new Window({ url: 'https://news.example/story', settings: { disableJavaScriptEvaluation: true } });
  window.document.write(html);
  return window.document as unknown as Document;
}

function score(seedText: string, read: string): { recall: number; leakage: number } {
  const wanted = new Map<string, number>();
  for (const w of words(seedText)) wanted.set(w, (wanted.get(w) ?? 0) + 1);
  const got = words(read);
  let hit = 0;
  let leaked = 0;
  const left = new Map(wanted);
  for (const w of got) {
    const n = left.get(w) ?? 0;
    if (n > 0) {
      left.set(w, n - 1);
      hit++;
    } else leaked++;
  }
  const total = [...wanted.values()].reduce((a, b) => a + b, 0);
  return { recall: total === 0 ? 0 : hit / total, leakage: got.length === 0 ? 0 : leaked / got.length };
}

export function compareMainTextReaders(corpus: Corpus): ReaderScore[] {
  const layouts = [
    { layout: 'semantic' as const, html: (s: Corpus['statements'][number]) => renderSeedPage(corpus, s) },
    { layout: 'div soup' as const, html: (s: Corpus['statements'][number]) => divSoup(corpus, s) },
  ];
  const scores: ReaderScore[] = [];
  for (const { layout, html } of layouts) {
    const totals = { hand: { recall: 0, leakage: 0 }, readability: { recall: 0, leakage: 0 } };
    corpus.statements.forEach((statement) => {
      const hand = score(statement.text, readMainText(parse(html(statement))));
      const article = new Readability(parse(html(statement))).parse();
      const readability = score(statement.text, article?.textContent ?? '');
      totals.hand.recall += hand.recall;
      totals.hand.leakage += hand.leakage;
      totals.readability.recall += readability.recall;
      totals.readability.leakage += readability.leakage;
    });
    const n = corpus.statements.length;
    scores.push({ layout, reader: 'hand-written', recall: totals.hand.recall / n, leakage: totals.hand.leakage / n });
    scores.push({ layout, reader: 'Readability', recall: totals.readability.recall / n, leakage: totals.readability.leakage / n });
  }
  return scores;
}
