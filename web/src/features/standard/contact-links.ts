/**
 * A `tel:` link in international form, so it dials from any phone:
 * "(0752) 92317" → "tel:+6275292317". Short service numbers ("144") stay as they are.
 */
export function telHref(phone: string): string | undefined {
  const compact = phone.replace(/[^\d+]/g, '');
  const digits = compact.replace(/\+/g, '');
  if (digits === '') return undefined;
  if (compact.startsWith('+')) return `tel:+${digits}`;
  if (digits.startsWith('62') && digits.length > 8) return `tel:+${digits}`;
  if (digits.startsWith('0')) return `tel:+62${digits.slice(1)}`;
  return `tel:${digits}`;
}

export function mailtoHref(email: string): string | undefined {
  const address = email.trim();
  return /^[^\s@]+@[^\s@]+$/.test(address) ? `mailto:${address}` : undefined;
}

/** Websites are stored without a scheme ("lkpp.go.id"): link them over HTTPS. */
export function websiteHref(website: string): string | undefined {
  const address = website.trim();
  if (address === '') return undefined;
  return /^https?:\/\//i.test(address) ? address : `https://${address}`;
}

/** The text to show for a website: without the scheme or a trailing slash. */
export function websiteLabel(website: string): string {
  return website
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/\/$/, '');
}
