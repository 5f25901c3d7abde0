// Schemas for what content scripts send: built from page markup, so untrusted.
// Only the background imports these at run time (Zod stays out of content scripts).
import { z } from 'zod';

export const PageSignals = z.object({
  urls: z.array(z.string().max(4096)).min(1).max(8),
});
export type PageSignals = z.infer<typeof PageSignals>;
