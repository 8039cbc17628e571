/**
 * Paints clipped passages without touching the page's DOM: the CSS Custom
 * Highlight API where the browser has it, otherwise boxes drawn over the
 * text's client rects in our own shadow root (repositioned on scroll/resize).
 */

export interface Painted {
  clipId: string;
  stageId: string;
  color: string;
  range: Range;
}

type HighlightRegistry = Map<string, unknown>;
interface HighlightCtor {
  new (...ranges: Range[]): unknown;
}

const PREFIX = 'journey-lens-';

function registry(): { highlights?: HighlightRegistry; Highlight?: HighlightCtor } {
  const css = (globalThis as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (globalThis as unknown as { Highlight?: HighlightCtor }).Highlight;
  return { highlights: css?.highlights, Highlight };
}

export function hasHighlightApi(): boolean {
  const r = registry();
  return !!(r.highlights && r.Highlight);
}

/** `#rrggbb` → translucent background that keeps the text readable in light and dark pages. */
function tint(color: string, alpha: number): string {
  const n = Number.parseInt(color.slice(1), 16);
  return `rgb(${(n >> 16) & 255} ${(n >> 8) & 255} ${n & 255} / ${alpha})`;
}

export class Painter {
  private sheet: CSSStyleSheet | undefined;
  private styleEl: HTMLStyleElement | undefined;
  /**
   * The highlights this painter set, by name. The registry is the document's,
   * shared with a painter of a reloaded extension (its own script world): each
   * removes only the highlights it set itself.
   */
  private names = new Map<string, unknown>();
  private overlay: HTMLElement | undefined;
  private painted: Painted[] = [];
  private onMove = () => this.drawOverlays();

  constructor(private readonly overlayRoot: () => ParentNode) {}

  paint(items: Painted[]): void {
    this.clear();
    this.painted = items;
    if (!items.length) return;
    if (hasHighlightApi()) this.paintWithHighlights(items);
    else this.paintWithOverlays();
  }

  clear(): void {
    const { highlights } = registry();
    for (const [name, mine] of this.names) if (highlights?.get(name) === mine) highlights?.delete(name);
    this.names.clear();
    this.overlay?.remove();
    this.overlay = undefined;
    removeEventListener('scroll', this.onMove, true);
    removeEventListener('resize', this.onMove);
    this.painted = [];
  }

  /** The painted clip under a point, if any. */
  hit(x: number, y: number): Painted | undefined {
    for (const p of this.painted) {
      for (const rect of Array.from(p.range.getClientRects())) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return p;
      }
    }
    return undefined;
  }

  private paintWithHighlights(items: Painted[]): void {
    const { highlights, Highlight } = registry();
    const byStage = new Map<string, Painted[]>();
    for (const p of items) byStage.set(p.stageId, [...(byStage.get(p.stageId) ?? []), p]);
    let css = '';
    for (const [stageId, list] of byStage) {
      const name = `${PREFIX}${stageId}`;
      const highlight = new Highlight!(...list.map((p) => p.range));
      highlights!.set(name, highlight);
      this.names.set(name, highlight);
      css += `::highlight(${name}) { background-color: ${tint(list[0]!.color, 0.28)}; text-decoration: underline 2px ${list[0]!.color}; }\n`;
    }
    this.applyCss(css);
  }

  private applyCss(css: string): void {
    try {
      this.sheet ??= new CSSStyleSheet();
      this.sheet.replaceSync(css);
      if (!document.adoptedStyleSheets.includes(this.sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
      return;
    } catch {
      // Constructable sheets unavailable in this world: fall back to a <style> element.
    }
    this.styleEl ??= document.createElement('style');
    this.styleEl.textContent = css;
    if (!this.styleEl.isConnected) (document.head ?? document.documentElement).append(this.styleEl);
  }

  private paintWithOverlays(): void {
    this.overlay = document.createElement('div');
    this.overlay.className = 'jl-overlays';
    this.overlayRoot().append(this.overlay);
    addEventListener('scroll', this.onMove, { capture: true, passive: true });
    addEventListener('resize', this.onMove, { passive: true });
    this.drawOverlays();
  }

  private drawOverlays(): void {
    if (!this.overlay) return;
    const boxes: HTMLElement[] = [];
    for (const p of this.painted) {
      for (const r of Array.from(p.range.getClientRects())) {
        const b = document.createElement('div');
        b.className = 'jl-box';
        b.style.cssText = `left:${r.left}px;top:${r.top}px;width:${r.width}px;height:${r.height}px;background:${tint(p.color, 0.28)};border-bottom:2px solid ${p.color}`;
        boxes.push(b);
      }
    }
    this.overlay.replaceChildren(...boxes);
  }
}
