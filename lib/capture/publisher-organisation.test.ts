import { describe, expect, it } from 'vitest';
import { publisherOrganisation, siteLabel } from './publisher-organisation';

// Addresses and names from the development set's tuning half.
const named = (...names: string[]) => names.map((name) => ({ names: [name] }));

describe('publisherOrganisation', () => {
  it('matches a site to the organisation it belongs to by its address: whole name, initials, or its first whole words', () => {
    expect(publisherOrganisation({ url: 'https://nhsproviders.org/news-blogs/news/warm-welcome-for-the-prime-ministers-funding' }, named('Theresa May', 'NHS Providers'))).toEqual({ names: ['NHS Providers'] });
    expect(publisherOrganisation({ url: 'https://www.rcgp.org.uk/news/gp-workload-growing' }, named('Royal College of General Practitioners'))).toEqual({ names: ['Royal College of General Practitioners'] });
    expect(publisherOrganisation({ url: 'https://www.alzheimers.org.uk/news/2021-11-22/parliament-vote' }, named('Alzheimer’s Society', 'Conservative Party'))).toEqual({ names: ['Alzheimer’s Society'] });
  });

  it('does not match a trade paper to an organisation whose name its address only resembles', () => {
    expect(publisherOrganisation({ url: 'https://www.localgov.co.uk/Javid-vows-to-reform-social-care-quite-soon' }, named('Local Government Association'))).toBeUndefined();
    expect(publisherOrganisation({ url: 'https://www.hsj.co.uk/quality-and-performance/trusts' }, named('NHS Providers'))).toBeUndefined();
  });

  it('matches by the name the site gives itself, and never on a malformed address', () => {
    expect(publisherOrganisation({ name: 'The King’s Fund' }, named('King’s Fund'))).toEqual({ names: ['King’s Fund'] });
    expect(siteLabel('not an address')).toBeUndefined();
    expect(siteLabel('https://www.nuffieldtrust.org.uk/news-item/waiting-list')).toBe('nuffieldtrust');
  });
});
