// Which elements are the extension's own (its frames' hosts), so reading the page's
// text skips them. Shared by the always-on content script and its lazily loaded parts.
import { HOST_ATTRIBUTE } from '@/lib/dom/frame-host';

export const isOwnUi = (el: Element) => el.hasAttribute(HOST_ATTRIBUTE);
