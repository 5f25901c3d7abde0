// Schemas for what content scripts send: built from page markup, so untrusted.
// Only the background imports these at run time (Zod stays out of content scripts).
import { z } from 'zod';
import { MAX_PAGE_CHARS } from '../dom/page-text';

export const PageInput = z.object({
  urls: z.array(z.string().max(4096)).min(1).max(8),
  /** Block separators may add a little to the extracted characters. */
  text: z.string().max(MAX_PAGE_CHARS * 2),
});
export type PageInput = z.infer<typeof PageInput>;
