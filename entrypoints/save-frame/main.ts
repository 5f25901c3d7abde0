// The Save quote button's frame: an extension page in an iframe beside the user's
// selection, so a page script cannot click it. A click asks the content script,
// over the port it handed this frame, to save the page's selection.
import { connectFrame } from '@/lib/frame/connect-frame';
import { saveButton } from '@/lib/frame/save-button';
import { contentToBackground } from '@/lib/messaging/protocol';

saveButton(document, connectFrame(window, contentToBackground.sendMessage('frameKey', undefined)));
