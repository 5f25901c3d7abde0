// The highlight swatches as CSS custom properties (--pl-swatch-*), written from the one
// palette in lib/highlight-palette.ts; rendered once by each UI that draws swatches.
import { swatchStylesheet } from '@/lib/highlight-palette';

const STYLESHEET = swatchStylesheet();

export function PaletteStyle() {
  return <style>{STYLESHEET}</style>;
}
