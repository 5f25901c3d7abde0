// The highlight colours, declared once. The content script paints them in web pages
// (lib/dom/page-highlights), the PDF viewer draws them translucent over the page image
// (lib/pdf/marks), and the sidebar's swatches show them through CSS custom properties
// this module writes (components/ui/PaletteStyle), so no stylesheet repeats a value.
import type { HighlightColour } from './schema';

/** A saved highlight's colour as painted in a web page: light tints, readable under black or white text. */
export const HIGHLIGHT_SWATCHES: Record<HighlightColour, `#${string}`> = {
  yellow: '#ffe066',
  green: '#8ce99a',
  blue: '#74c0fc',
  pink: '#faa2c1',
  purple: '#b197fc',
};

/** A known quote's mark: translucent amber, so the page's own background and words show through. */
export const KNOWN_QUOTE_MARK = 'rgba(255, 204, 0, 0.45)';

/** Opacity of the user's highlights in a PDF, where the marks sit over the rendered page and must let its text show. */
export const PDF_MARK_ALPHA = 0.55;

/** `#rrggbb` as `rgba(r, g, b, alpha)`. */
export function translucent(hex: `#${string}`, alpha: number): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((pair) => Number.parseInt(pair, 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** The custom property a swatch of `colour` reads in CSS. */
export const swatchProperty = (colour: HighlightColour) => `--pl-swatch-${colour}`;

/** The swatches as CSS custom properties, on the document and on any shadow root's host. */
export function swatchStylesheet(): string {
  const declarations = Object.entries(HIGHLIGHT_SWATCHES).map(
    ([colour, value]) => `${swatchProperty(colour as HighlightColour)}: ${value};`,
  );
  return `:root, :host { ${declarations.join(' ')} }`;
}
