/**
 * Strings that would run script or create elements if a component parsed them as HTML, used as data in every text
 * field. Each payload that could run sets `window.__xss` (and `alert`/`confirm`/`prompt` are watched).
 */
export const XSS_PAYLOADS: readonly string[] = [
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss = 2">',
  '<svg onload="window.__xss = 3"><circle r="5"/></svg>',
  '<svg><foreignObject><iframe srcdoc="<script>parent.__xss = 4</script>"></iframe></foreignObject></svg>',
  '"><img src=x onerror=window.__xss=5>',
  "'><script>window.__xss = 6</script>",
  '</text></svg><script>window.__xss = 7</script>',
  '</title></style></textarea><img src=x onerror=window.__xss=8>',
  '${window.__xss = 9}',
  '{{constructor.constructor("window.__xss = 10")()}}',
  '<a href="javascript:window.__xss = 11">link</a>',
  'javascript:window.__xss = 12',
  'data:text/html,<script>window.__xss = 13</script>',
  '<iframe src="javascript:parent.__xss = 14"></iframe>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=15>',
  '<!--<img src=x onerror=window.__xss=16>-->',
  '<details open ontoggle="window.__xss = 17">',
  '&lt;img src=x onerror=window.__xss=18&gt;',
  '<object data="javascript:window.__xss = 19"></object>',
  '<base href="javascript:window.__xss = 20//">',
];

/** Events carrying the payloads in every text field; every one is valid and must be drawn. */
export function hostileEvents(): Record<string, unknown>[] {
  return XSS_PAYLOADS.map((p, i) => ({
    id: `xss-${i}`,
    title: `${p} title ${i}`,
    start: `2016-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
    category: i % 3 ? p.slice(0, 40) : 'military',
    summary: p,
    dateLabel: p,
    place: p,
    actors: [p, `actor ${i}`],
    source: {
      quote: p,
      speaker: p,
      title: p,
      publisher: p,
      url: i % 2 ? 'javascript:window.__xss = 99' : `data:text/html,${encodeURIComponent(p)}`,
    },
  }));
}

/** Watches for anything the payloads could do: the marker, dialogs, and elements created from data. */
export function watchForXss(): { check: () => string[]; stop: () => void } {
  const w = window as unknown as Record<string, unknown>;
  delete w.__xss;
  const dialogs: string[] = [];
  const original = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
  window.alert = (m?: unknown) => void dialogs.push(`alert ${String(m)}`);
  window.confirm = (m?: string) => (dialogs.push(`confirm ${m}`), false);
  window.prompt = (m?: string) => (dialogs.push(`prompt ${m}`), null);
  return {
    check: () => [...(w.__xss !== undefined ? [`__xss = ${String(w.__xss)}`] : []), ...dialogs],
    stop: () => Object.assign(window, original),
  };
}

/** Elements that data must never create, and links that must never be drawn, inside a shadow root. */
export function forbiddenNodes(root: ShadowRoot): string[] {
  const found = [...root.querySelectorAll('img, script, iframe, foreignObject, object, embed, base, style:not([data-lit])')]
    .filter((n) => n.localName !== 'style')
    .map((n) => n.localName);
  const links = [...root.querySelectorAll('a[href]')]
    .map((a) => a.getAttribute('href')!)
    .filter((href) => /^\s*(javascript|data|vbscript):/i.test(href));
  return [...found, ...links.map((h) => `link ${h}`)];
}
