// The LBC report of 11 February 2021 as the sidebar refers to it (a StatementRef, from
// the bundled corpus's record), for tests of verification's outcomes and display.
import type { StatementRef } from '../../lib/page-report';

export const LBC_REPORT: StatementRef = {
  id: 'lbc-integration-plans-2021-02-11',
  title: "Plans for more integration of NHS and social care to 'cut bureaucracy'",
  kind: 'news-report',
  publisher: { id: 'lbc', name: 'LBC' },
  publishedDate: '2021-02-11',
  url: 'https://www.lbc.co.uk/news/plans-for-more-integration-of-nhs-and-social-care-to-cut-bureaucracy/',
  event: {
    id: 'integration-and-innovation-2021',
    title: 'Integration and innovation: working together to improve health and social care for all',
    shortName: 'Integration and innovation white paper (2021)',
    date: '2021-02-11',
    url: 'https://www.gov.uk/government/publications/working-together-to-improve-health-and-social-care-for-all',
  },
};
