// An ordinary article for the highlight tests, in versions: as first published,
// edited later (text inserted before, punctuation and a word changed), with the
// highlighted sentence removed, and under hostile CSS.

const LEAD = 'Councils and the NHS will be asked to pool more of their budgets under the plans.';
export const SENTENCE = 'Local leaders say the new integrated care boards must be given the time and freedom to work.';
const LINKED = 'the King’s Fund';

export type ArticleVersion = 'original' | 'edited' | 'gone' | 'hostile';

function body(version: ArticleVersion): string {
  const sentence =
    version === 'edited'
      ? 'Local leaders say the new integrated care boards must be given time, and the freedom to work.'
      : version === 'gone'
        ? 'Local leaders declined to comment.'
        : SENTENCE;
  const inserted = version === 'edited' ? '<p>Update: this article was corrected on Friday to add reaction from unions.</p>' : '';
  return `<article><h1>Care reforms: what changes</h1>${inserted}
<p>${LEAD}</p>
<div class="advert" style="height: 1600px">Advertisement</div>
<p>${sentence} They warned that <em>rushed</em> mergers would harm patients.</p>
<p>Analysts at <a href="/kf">${LINKED}</a> said the reforms were broadly welcome but underfunded.</p>
<p>Ministers will set out the timetable in the spring.</p></article>`;
}

const HOSTILE_CSS = `<style>
  * { all: unset !important; font-size: 18px !important; }
  policy-lens-mark, policy-lens-save, mark { display: none !important; background: none !important; }
  .cover { display: block !important; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; background: rgba(0,0,0,0.01) !important; }
</style>`;

export function articlePage(version: ArticleVersion): string {
  const hostile = version === 'hostile';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Care reforms: what changes</title>
${hostile ? HOSTILE_CSS : ''}</head><body>${body(version)}${hostile ? '<div class="cover"></div>' : ''}</body></html>`;
}
