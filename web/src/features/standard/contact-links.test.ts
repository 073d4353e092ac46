import { describe, expect, it } from 'vitest';
import { mailtoHref, telHref, websiteHref, websiteLabel } from './contact-links';

describe('telHref', () => {
  it.each([
    ['(0752) 92317', 'tel:+6275292317'],
    ['0752-92317', 'tel:+6275292317'],
    ['07592601', 'tel:+627592601'],
    ['+62 752 92317', 'tel:+6275292317'],
    ['62 812 3456 7890', 'tel:+6281234567890'],
    ['144', 'tel:144'],
  ])('%s → %s', (phone, href) => {
    expect(telHref(phone)).toBe(href);
  });

  it('has no link for an empty number', () => {
    expect(telHref('')).toBeUndefined();
    expect(telHref(' - ')).toBeUndefined();
  });
});

describe('mailtoHref', () => {
  it('links a plain address and refuses anything else', () => {
    expect(mailtoHref(' helpdesk.lpse.pyk@gmail.com ')).toBe('mailto:helpdesk.lpse.pyk@gmail.com');
    expect(mailtoHref('')).toBeUndefined();
    expect(mailtoHref('not an address')).toBeUndefined();
  });
});

describe('websiteHref and websiteLabel', () => {
  it('adds https to a bare host and keeps an explicit scheme', () => {
    expect(websiteHref('setdakopayakumbuhkota.go.id')).toBe('https://setdakopayakumbuhkota.go.id');
    expect(websiteHref('http://example.go.id/')).toBe('http://example.go.id/');
    expect(websiteHref(' ')).toBeUndefined();
    expect(websiteLabel('https://lkpp.go.id/')).toBe('lkpp.go.id');
  });
});
