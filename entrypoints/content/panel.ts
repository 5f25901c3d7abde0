// A minimal panel proving that the page was recognised and its record read from
// the database. Built with DOM text nodes only: nothing from a record or a page
// is ever parsed as HTML.
import type { StatementContext } from '@/lib/storage/statement-context';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function render(context: StatementContext): HTMLElement {
  const { statement, publisher, event, speakers } = context;
  const aside = el('aside', undefined, 'panel');
  aside.setAttribute('aria-label', 'Policy Lens');
  aside.append(el('p', 'Known statement', 'eyebrow'), el('h2', statement.title));
  const facts = el('p', [publisher?.name, statement.publishedDate].filter(Boolean).join(' · '), 'facts');
  aside.append(facts);
  if (event) aside.append(el('p', `Responds to: ${event.title}`, 'event'));
  const list = el('ul', undefined, 'speakers');
  list.setAttribute('aria-label', 'Speakers');
  for (const speaker of speakers) {
    const who = speaker.person?.name ?? speaker.organisation.name;
    const what = [speaker.role, speaker.organisation.name].filter(Boolean).join(', ');
    const item = el('li');
    item.append(el('strong', who), el('span', speaker.person ? ` — ${what}` : ''));
    list.append(item);
  }
  aside.append(list);
  return aside;
}

export async function mountPanel(ctx: ContentScriptContext, context: StatementContext): Promise<void> {
  const ui = await createShadowRootUi(ctx, {
    name: 'policy-lens-sidebar',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'closed',
    onMount: (container) => {
      container.append(render(context));
    },
  });
  ui.mount();
}
