// Hand-built PageReports for the sidebar's tests, from the bundled corpus's real
// names, roles, titles, addresses and quotes (lib/corpus/corpus.json).
import type {
  EventRef,
  FoundQuote,
  OrganisationRef,
  PageReport,
  PersonRef,
  QuoteView,
  StatementRef,
  TopicRef,
} from '@/lib/page-report';
import type { StanceId } from '@/lib/schema';

// Organisations
const dhsc: OrganisationRef = { id: 'dhsc', name: 'Department of Health and Social Care', kind: 'government-department' };
const nhsEngland: OrganisationRef = { id: 'nhs-england', name: 'NHS England', kind: 'national-nhs-body' };
const nhsConfederation: OrganisationRef = { id: 'nhs-confederation', name: 'NHS Confederation', kind: 'membership-body' };
const nhsProviders: OrganisationRef = { id: 'nhs-providers', name: 'NHS Providers', kind: 'membership-body' };
const nuffieldTrust: OrganisationRef = { id: 'nuffield-trust', name: 'Nuffield Trust', kind: 'think-tank-or-charity' };
const healthFoundation: OrganisationRef = { id: 'health-foundation', name: 'The Health Foundation', kind: 'think-tank-or-charity' };
const labourParty: OrganisationRef = { id: 'labour-party', name: 'Labour Party', kind: 'political-party' };
const bma: OrganisationRef = { id: 'bma', name: 'British Medical Association', kind: 'professional-body-or-union' };
const lbc: OrganisationRef = { id: 'lbc', name: 'LBC', kind: 'news-publisher' };
const theGuardian: OrganisationRef = { id: 'the-guardian', name: 'The Guardian', kind: 'news-publisher' };

// People
const mattHancock: PersonRef = { id: 'matt-hancock', name: 'Matt Hancock' };
const simonStevens: PersonRef = { id: 'simon-stevens', name: 'Simon Stevens' };
const chrisHopson: PersonRef = { id: 'chris-hopson', name: 'Chris Hopson' };
const jenniferDixon: PersonRef = { id: 'jennifer-dixon', name: 'Jennifer Dixon' };
const jonathanAshworth: PersonRef = { id: 'jonathan-ashworth', name: 'Jonathan Ashworth' };
const chaandNagpaul: PersonRef = { id: 'chaand-nagpaul', name: 'Chaand Nagpaul' };
const matthewTaylor: PersonRef = { id: 'matthew-taylor', name: 'Matthew Taylor' };
const saffronCordery: PersonRef = { id: 'saffron-cordery', name: 'Saffron Cordery' };
const nigelEdwards: PersonRef = { id: 'nigel-edwards', name: 'Nigel Edwards' };

// Topics
const t = (id: string, label: string): TopicRef => ({ id, label });
export const topics = {
  integratedCare: t('integrated-care-and-collaboration', 'Integrated care and collaboration'),
  singleAccountablePerson: t('single-accountable-person', 'Single accountable person'),
  pooledBudgets: t('pooled-budgets', 'Pooled budgets'),
  dataSharing: t('data-sharing', 'Data sharing and care records'),
  workforce: t('workforce', 'Workforce'),
  funding: t('funding', 'Funding'),
  secretaryOfStatePowers: t('secretary-of-state-powers', 'Powers of the Secretary of State'),
  procurement: t('procurement-and-competition', 'Procurement and competition'),
  structuresVersusCulture: t('structures-versus-culture', 'Structures versus culture and relationships'),
  localFlexibility: t('local-flexibility', 'Local flexibility'),
  timing: t('timing-and-pandemic-pressures', 'Timing and pandemic pressures'),
  bureaucracy: t('bureaucracy', 'Bureaucracy'),
  prevention: t('prevention-and-inequalities', 'Prevention and health inequalities'),
  patientOutcomes: t('patient-outcomes', 'Patient care and outcomes'),
} as const;

// Events
export const event2021: EventRef = {
  id: 'integration-and-innovation-2021',
  title: 'Integration and innovation: working together to improve health and social care for all',
  shortName: 'Integration and innovation white paper (2021)',
  date: '2021-02-11',
  url: 'https://www.gov.uk/government/publications/working-together-to-improve-health-and-social-care-for-all',
};
export const event2022: EventRef = {
  id: 'joining-up-care-2022',
  title: 'Health and social care integration: joining up care for people, places and populations',
  shortName: 'Integration white paper (2022)',
  date: '2022-02-09',
  url: 'https://www.gov.uk/government/publications/health-and-social-care-integration-joining-up-care-for-people-places-and-populations',
};

// Statements
export const lbcStatement: StatementRef = {
  id: 'lbc-integration-plans-2021-02-11',
  title: "Plans for more integration of NHS and social care to 'cut bureaucracy'",
  kind: 'news-report',
  publisher: lbc,
  publishedDate: '2021-02-11',
  url: 'https://www.lbc.co.uk/news/plans-for-more-integration-of-nhs-and-social-care-to-cut-bureaucracy/',
  event: event2021,
};
export const hopsonOpinion: StatementRef = {
  id: 'nhs-providers-hopson-2021-02-12',
  title: 'All parts of the NHS need to join up to provide better care',
  kind: 'opinion-piece',
  publisher: nhsProviders,
  firstPublishedBy: theGuardian,
  publishedDate: '2021-02-12',
  url: 'https://nhsproviders.org/news-blogs/blogs/all-parts-of-the-nhs-need-to-join-up-to-provide-better-care',
  event: event2021,
};
export const taylorStatement: StatementRef = {
  id: 'nhs-confederation-taylor-2022-02-09',
  title: 'NHS leaders have taken great strides in integrating care but there is more to do',
  kind: 'press-statement',
  publisher: nhsConfederation,
  publishedDate: '2022-02-09',
  url: 'https://www.nhsconfed.org/news/nhs-leaders-have-taken-great-strides-integrating-care-there-more-do',
  event: event2022,
};
export const corderyStatement: StatementRef = {
  id: 'nhs-providers-cordery-2022-02-09',
  title: 'Integration ambition welcome but a lot of detail to be resolved',
  kind: 'press-statement',
  publisher: nhsProviders,
  publishedDate: '2022-02-09',
  url: 'https://nhsproviders.org/news-blogs/news/integration-ambition-welcome-but-a-lot-of-detail-to-be-resolved',
  event: event2022,
};
export const edwardsStatement: StatementRef = {
  id: 'nuffield-trust-edwards-2022-02-09',
  title: 'Admirable aspirations for integration but the lessons from earlier initiatives have not been fully learnt',
  kind: 'press-release',
  publisher: nuffieldTrust,
  publishedDate: '2022-02-09',
  url: 'https://www.nuffieldtrust.org.uk/news-item/nuffield-trust-response-to-the-health-and-social-care-integration-white-paper',
  event: event2022,
};

function quote(
  id: string,
  statement: StatementRef,
  organisation: OrganisationRef,
  who: { speaker: PersonRef; role: string } | null,
  stance: StanceId,
  quoteTopics: TopicRef[],
  text: string,
): QuoteView {
  return { id, text, stance, topics: quoteTopics, organisation, statement, ...(who ?? {}) };
}

// Quotes (verbatim from the corpus)
export const quotes = {
  hancockLong: quote(
    'q-hancock-2021-2',
    lbcStatement,
    dhsc,
    { speaker: mattHancock, role: 'Secretary of State for Health and Social Care' },
    'supportive',
    [topics.integratedCare, topics.bureaucracy, topics.timing],
    'The NHS and local government have long been calling for better integration and less burdensome bureaucracy, and this virus has made clear the time for change is now. "These changes will allow us to bottle the innovation and ingenuity of our brilliant staff during the pandemic, where progress was made despite the legal framework, rather than because of it. "The proposals build on what the NHS has called for and will become the foundations for a health and care system which is more integrated, more innovative and responsive, and more ready to respond to the challenges of tomorrow, from health inequalities to our ageing population.',
  ),
  dhscWaste: quote(
    'q-dhsc-2021-1',
    lbcStatement,
    dhsc,
    null,
    'supportive',
    [topics.procurement, topics.bureaucracy],
    'waste a significant amount',
  ),
  stevens: quote(
    'q-stevens-2021-1',
    lbcStatement,
    nhsEngland,
    { speaker: simonStevens, role: 'Chief executive' },
    'supportive',
    [topics.integratedCare, topics.bureaucracy, topics.prevention],
    'Our legislative proposals go with the grain of what patients and staff across the health service all want to see - more joined-up care, less legal bureaucracy and a sharper focus on prevention, inequality and social care.',
  ),
  hopsonLbc: quote(
    'q-hopson-2021-2',
    lbcStatement,
    nhsProviders,
    { speaker: chrisHopson, role: 'Chief executive' },
    'supportive',
    [topics.integratedCare, topics.procurement],
    'These proposals provide an important opportunity to speed up the move to integrate health and care at a local level, replace competition with collaboration and reform an unnecessarily rigid NHS approach to procurement.',
  ),
  dixon: quote(
    'q-dixon-2021-1',
    lbcStatement,
    healthFoundation,
    { speaker: jenniferDixon, role: 'Chief executive' },
    'mixed',
    [topics.integratedCare, topics.secretaryOfStatePowers, topics.patientOutcomes],
    'One half of the proposals, to help local services collaborate better, could help improve care for patients and follows the direction NHS leaders are already taking. "The other half, giving the Secretary of State more power over the NHS, is concerning, has no clear rationale and could take health care backwards.',
  ),
  ashworth: quote(
    'q-ashworth-2021-1',
    lbcStatement,
    labourParty,
    { speaker: jonathanAshworth, role: 'Shadow health secretary' },
    'opposed',
    [topics.timing],
    'Boris Johnson must explain why a reorganisation in the midst of the biggest crisis the NHS has ever faced is his pressing priority.',
  ),
  nagpaul: quote(
    'q-nagpaul-2021-2',
    lbcStatement,
    bma,
    { speaker: chaandNagpaul, role: 'Council chair' },
    'critical',
    [topics.timing, topics.workforce],
    'Proposals for sweeping reorganisation on such a scale will need greater time for consideration and must not be rushed through while doctors are still tackling the winter surge in infections, hospitalisations and tragically, deaths.',
  ),
  hopsonStructures: quote(
    'q-hopson-2021-5',
    hopsonOpinion,
    nhsProviders,
    { speaker: chrisHopson, role: 'Chief executive' },
    'supportive-with-reservations',
    [topics.structuresVersusCulture, topics.integratedCare],
    "This bill will take important steps to help ensure this integration of different care services happens faster and more consistently. But we shouldn't overestimate the power of changing health and care structures - it's an important step but nowhere near sufficient by itself to provide what's needed.",
  ),
  hopsonPowers: quote(
    'q-hopson-2021-7',
    hopsonOpinion,
    nhsProviders,
    { speaker: chrisHopson, role: 'Chief executive' },
    'critical',
    [topics.secretaryOfStatePowers, topics.integratedCare, topics.timing],
    "But questions remain, for example on the proposed new powers for government ministers to direct NHS England, transfer powers between different health bodies and intervene in local service changes. Trusts and foundation trusts will rightly remain responsible for the near £90bn spent on ambulance, community, hospital and mental health care services and the 800,000 staff who deliver those services. How will their powers and accountabilities align with the new integrated care systems the government will now give formal powers to? It's vital that the government works closely with the sector to frame detailed answers to these questions, while recognising the urgent day to day operational pressures trusts continue to face from the pandemic.",
  ),
  taylor: quote(
    'q-taylor-2022-1',
    taylorStatement,
    nhsConfederation,
    { speaker: matthewTaylor, role: 'Chief executive' },
    'supportive-with-reservations',
    [topics.singleAccountablePerson, topics.pooledBudgets, topics.dataSharing, topics.localFlexibility, topics.integratedCare],
    "NHS and local government leaders have taken great strides in integrating care for patients and local communities but they know there is more to do. This white paper, alongside the Health and Care Bill that is going through parliament, will help take these efforts to the next level. We look forward to reviewing the plan in detail. “The pandemic has shown just how interlinked health and care services are and need to be, and it’s vital that we continue to speed up integrated ways of working. The proposals in the white paper to break down barriers between NHS providers and local authorities, including through better data sharing, will be a big step forward. However, it bears repeating that integration across health and care is not new, it’s already happening on the ground and has been for many years. “There have been rumours that the government was going to force mergers or pooled budgets as a way of appointing a single accountable person who would be responsible for planning health and care services in each local area. We are glad that the government has resisted this approach as it would have led to needless disruption at a time when the NHS needs to focus on recovering services as quickly as possible. “As these proposals are developed further, it is important that we recognise the differences that exist in local areas including in local relationships. They will need to evolve in their own way if we are to crack this agenda. “Finally, for integration to work there needs to be joined up thinking across government as well as at local level. Ensuring this will allow local leaders the freedom to work with their communities to identify what will provide the best outcomes for the public.",
  ),
  cordery: quote(
    'q-cordery-2022-1',
    corderyStatement,
    nhsProviders,
    { speaker: saffronCordery, role: 'Deputy chief executive' },
    'supportive-with-reservations',
    [topics.singleAccountablePerson, topics.pooledBudgets, topics.localFlexibility, topics.workforce, topics.funding, topics.structuresVersusCulture],
    "Trust leaders support the ambition to deliver better integrated health and care services for patients, and have been at the forefront of work to achieve this. \"That includes more integrated staffing models and pooled budgets with local authorities across a range of services. \"The government's proposals set out some helpful, long term thinking on how to develop this approach. \"To us this document feels more like a 'green' than a 'white' paper which is in itself welcome. It addresses a lot of complex issues and sets out proposals with far reaching implications that will require extensive consultation and collaboration on solutions before being taken forward. \"We are pleased that it recognises the need for flexibility, allowing places to decide which governance arrangements and leadership models to adopt to meet certain criteria, rather than impose a single model. \"However we still have significant concerns about the proposal for a single accountable person in each place. This could further complicate lines of responsibility in already complex, developing system working structures. \"Local partners across health and social care are making steps to better integrate health and care teams but they will need to be supported with much better national planning and information on workforce needs to make this a reality across the piste. \"And while pooled budgets can help align decision-making across the NHS and social care, here again, we support a flexible approach. Pooling NHS and social care budgets is no substitute for funding both systems appropriately and placing social care services on a sustainable footing. \"We would like to see greater weight given to behavioural, relational and cultural factors in supporting local integration, rather than the current focus on structures and funding mechanisms.",
  ),
  edwards: quote(
    'q-edwards-2022-1',
    edwardsStatement,
    nuffieldTrust,
    { speaker: nigelEdwards, role: 'Chief executive' },
    'critical',
    [topics.structuresVersusCulture, topics.workforce, topics.funding, topics.pooledBudgets],
    "This White Paper has admirable aspirations, and rightly recognises the scale of the challenge to integrate services but much of it covers well-trodden ground. While good work is already underway at a local level, it is not clear that lessons from earlier initiatives to bring together health and social care across the UK have been fully learnt [1]. “We are pleased to see that the rigid insistence on immediately merging NHS and council budgets which had been anticipated has been dropped for a more flexible approach. Cooperation between services and reduced fragmentation is good for patients and could reduce frustrating delays and repetitive processes. But previous attempts at integration show that it alone does not deliver financial savings, bolster social care or reduce hospitalisations as much as the government would hope. \"There is a risk that the White Paper overestimates the extent to which structural changes will produce the results expected. We also need to see workforce and funding issues addressed and allow the time and space to build the strong partnerships and cohesive culture where better results for patients can be delivered. The need for investing in better relationships with councils comes alongside the huge pressure NHS leaders remain under to cut waiting times and provide more care.",
  ),
} as const;

function found(q: QuoteView, coverage = 1, asQuoted = q.text): FoundQuote {
  return { quote: q, ranges: [{ start: 0, end: asQuoted.length }], coverage, asQuoted, wordedDifferently: asQuoted !== q.text };
}

/** The LBC news report, recognised by its address: quotes from many bodies, and Chris Hopson's op-ed on the same event. */
export const lbcReport: PageReport = {
  recognised: {
    statement: lbcStatement,
    by: 'url',
    speakers: [
      { speaker: mattHancock, role: 'Secretary of State for Health and Social Care', organisation: dhsc },
      { organisation: dhsc },
      { speaker: simonStevens, role: 'Chief executive', organisation: nhsEngland },
      { speaker: chrisHopson, role: 'Chief executive', organisation: nhsProviders },
      { speaker: jenniferDixon, role: 'Chief executive', organisation: healthFoundation },
      { speaker: jonathanAshworth, role: 'Shadow health secretary', organisation: labourParty },
      { speaker: chaandNagpaul, role: 'Council chair', organisation: bma },
    ],
  },
  found: [
    found(quotes.hancockLong),
    found(quotes.dhscWaste),
    found(quotes.stevens),
    found(quotes.hopsonLbc),
    found(quotes.dixon),
    found(quotes.ashworth),
    found(quotes.nagpaul),
  ],
  counterparts: [
    {
      event: event2021,
      topics: [
        { topic: topics.structuresVersusCulture, reactions: [quotes.hopsonStructures] },
        { topic: topics.secretaryOfStatePowers, reactions: [quotes.hopsonPowers] },
        { topic: topics.integratedCare, reactions: [quotes.hopsonStructures, quotes.hopsonPowers] },
      ],
    },
  ],
  sameVoices: [
    {
      kind: 'organisation',
      id: nhsProviders.id,
      name: nhsProviders.name,
      statements: [{ statement: corderyStatement, quotes: [quotes.cordery] }],
    },
  ],
  highlights: [],
};

/** A copy of Chris Hopson's op-ed elsewhere, recognised by its text; quotes one paragraph of it in part. */
export const hopsonCopyReport: PageReport = {
  recognised: {
    statement: hopsonOpinion,
    by: 'text',
    similarity: 0.87,
    speakers: [{ speaker: chrisHopson, role: 'Chief executive', organisation: nhsProviders }],
  },
  found: [
    found(
      quotes.hopsonStructures,
      0.64,
      "we shouldn't overestimate the power of changing health and care structures - it's an important step but nowhere near sufficient",
    ),
  ],
  counterparts: [],
  sameVoices: [],
  highlights: [],
};

/** The NHS Confederation's 2022 statement: counterparts from the other 2022 statements, by topic. */
export const taylorReport: PageReport = {
  recognised: {
    statement: taylorStatement,
    by: 'url',
    speakers: [{ speaker: matthewTaylor, role: 'Chief executive', organisation: nhsConfederation }],
  },
  found: [found(quotes.taylor)],
  counterparts: [
    {
      event: event2022,
      topics: [
        { topic: topics.singleAccountablePerson, reactions: [quotes.cordery] },
        { topic: topics.pooledBudgets, reactions: [quotes.cordery, quotes.edwards] },
        { topic: topics.workforce, reactions: [quotes.cordery, quotes.edwards] },
        { topic: topics.funding, reactions: [] },
      ],
    },
  ],
  sameVoices: [{ kind: 'person', id: matthewTaylor.id, name: matthewTaylor.name, statements: [] }],
  highlights: [],
};

export const HOSTILE_TEXT = '<img src=x onerror=alert(1)>';

/** A quote on an unrecognised page (a blog quoting the Health Foundation) whose words look like HTML. */
export const hostileReport: PageReport = {
  found: [
    found(
      {
        ...quotes.dixon,
        id: 'q-hostile',
        text: `${HOSTILE_TEXT} <b>bold</b> & "quoted"`,
        topics: [{ id: 'hostile-topic', label: '<script>alert(2)</script>' }],
      },
      0.5,
      '<svg onload=alert(3)></svg>',
    ),
  ],
  counterparts: [],
  sameVoices: [],
  highlights: [],
};
