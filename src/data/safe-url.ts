const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * `url` as an absolute link when it is an `http:`, `https:` or `mailto:` URL, else `null` (so `javascript:`,
 * `data:` and anything unparsable are never turned into links). Relative URLs resolve against `base`.
 */
export function safeUrl(url: string | undefined, base?: string): string | null {
  if (typeof url !== 'string' || url.trim() === '') return null;
  try {
    const parsed = new URL(url.trim(), base);
    return SAFE_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}
