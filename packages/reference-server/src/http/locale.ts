import { defaultLocale, locales, type Locale } from '@egov-kit/core';

/**
 * The language to answer in, from `Accept-Language` (RFC 9110 §12.5.4): the supported language
 * (vi, en) with the highest weight; Vietnamese when none is acceptable or the header is absent.
 */
export function negotiateLocale(header: string | undefined): Locale {
  if (!header) return defaultLocale;
  let best: { locale: Locale; q: number } | undefined;
  for (const part of header.split(',')) {
    const [range = '', ...parameters] = part.trim().split(';');
    const qParameter = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParameter ? Number(qParameter.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    const language = range.trim().toLowerCase().split('-')[0];
    const locale = language === '*' ? defaultLocale : locales.find((l) => l === language);
    if (locale && (!best || q > best.q)) best = { locale, q };
  }
  return best?.locale ?? defaultLocale;
}
