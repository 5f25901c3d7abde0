// Hand-written text for the evaluation pages: site furniture, a reporter's prose
// around quotations, and negatives (pages on unrelated subjects, and pages on the
// seeds' own subject written without any seed sentence). None of it is taken from
// the seeds; evaluation-set.test.ts checks that it shares no run of words long
// enough to be reported as a quote with any seed.

/** Site chrome a republished copy or a news page is wrapped in. */
export const PAGE_HEADERS: readonly string[] = [
  'Home | News | Health | Opinion | Events | Subscribe\nSearch this site',
  'HEALTH DESK\nMenu  Latest  Analysis  Podcasts  Newsletters  Sign in',
  'Skip to main content\nThe Care Bulletin — independent reporting on health and care\nNews  Features  Jobs  Contact',
  'Public Sector Weekly\nYou are here: Home > Health > Policy',
];

export const PAGE_FOOTERS: readonly string[] = [
  'Share this article: Facebook  X  LinkedIn  Email\n\nRelated stories\nHospital discharge figures published\nWinter plan for ambulance trusts\n\n© 2024 All rights reserved. Terms | Privacy | Accessibility',
  'We use cookies to make this site work and to understand how you use it. Accept all | Manage settings\n\nNewsletter: get the week in health policy every Friday. Sign up',
  'Topics: NHS, social care, local government\n\nComments are closed for this article.\n\nContact the newsroom | Advertise with us | Careers',
  'Most read\n1. Pay talks resume after strike vote\n2. Pharmacy closures mapped\n3. New guidance on hospital visiting\n\nFollow us on social media',
];

/** Replacement headlines for republished copies. */
export const ALTERNATIVE_HEADLINES: readonly string[] = [
  'Reaction: health leaders respond to the integration plans',
  'What the sector said about the white paper',
  'Integration plans: the response in full',
  'Statement on the government proposals for joined-up care',
  'REPUBLISHED: health bodies give their verdict',
];

/** Headlines and standfirsts for generated news reports. */
export const NEWS_HEADLINES: readonly string[] = [
  'Health bodies give mixed verdict on integration blueprint',
  'Ministers urged to go further on joined-up care',
  'Sector leaders weigh in on plans to merge budgets',
  'Integration reforms: what the experts are saying',
  'Warm words but hard questions for new health plan',
  'Care reform proposals divide opinion',
];

/** A reporter's sentences around the quotations of a news report (same subject, no seed text). */
export const REPORTER_SENTENCES: readonly string[] = [
  'The plans were published on Wednesday after months of speculation about their scope.',
  'Ministers say the changes will make it easier for councils and hospitals to plan together.',
  'Critics have questioned whether the timetable is realistic given current staffing levels.',
  'The document runs to more than sixty pages and sets out a series of targets for the middle of the decade.',
  'Several organisations had been briefed on the contents before publication.',
  'Reaction from across the sector was swift.',
  'Opposition politicians called for a vote in the Commons before any of the measures take effect.',
  'The Treasury has not said whether additional money will follow.',
  'Previous attempts to bring the two systems closer have had mixed results, according to researchers.',
  'Patient groups said they would be watching closely to see how the changes affect waiting lists.',
  'A consultation on the detailed proposals is expected later in the spring.',
  'Unions representing care workers said pay had been left out of the discussion entirely.',
  'The reforms would apply in England only; the devolved administrations run their own services.',
  'Council leaders are due to meet officials next week to discuss the next steps.',
];

/** Made-up speakers for attributions in generated news reports. */
export const ATTRIBUTIONS: readonly { name: string; role: string }[] = [
  { name: 'Ruth Alden', role: 'chief executive of a national health charity' },
  { name: 'Dev Patel', role: 'a spokesperson for the trust leaders' },
  { name: 'Marian Okafor', role: 'director of policy at a health think tank' },
  { name: 'Tom Hargreaves', role: 'a senior council official' },
];

/** Paragraphs on unrelated subjects: gardening, astronomy, football, cooking. */
export const UNRELATED_PARAGRAPHS: readonly string[] = [
  'Autumn is the best time to plant spring bulbs. Tulips prefer a sunny spot with free-draining soil, and should go in about three times as deep as the bulb is tall. Daffodils are more forgiving and will naturalise happily in grass if you leave the leaves to die back before mowing.',
  'If your tomatoes split on the vine, the cause is usually uneven watering. A sudden soaking after a dry spell makes the fruit swell faster than the skin can stretch. Mulching the base of the plants and watering little and often keeps the moisture steady.',
  'Compost heaps need a mix of green and brown material. Grass clippings and vegetable peelings supply nitrogen, while cardboard, straw and dry leaves add carbon. Turning the heap every few weeks lets air in and speeds up the work of the bacteria.',
  'Slugs can be kept off young lettuces with copper tape, wool pellets or a ring of grit, though none of these methods is foolproof. Encouraging frogs and thrushes into the garden is a longer-term answer.',
  'Jupiter is well placed in the evening sky this month, rising in the east shortly after sunset. Even a small pair of binoculars will show its four largest moons as points of light strung out on either side of the planet.',
  'A meteor shower happens when the Earth passes through a stream of dust left behind by a comet. The particles burn up high in the atmosphere, and the best views come after midnight, away from street lights, once your eyes have adapted to the dark.',
  'The Andromeda galaxy is the most distant object most people can see without a telescope. Its light set off roughly two and a half million years ago, long before the first farmers planted crops.',
  'Astronomers measure the distance to nearby stars by parallax, watching how their positions appear to shift against the background as the Earth moves around the Sun over six months.',
  'The home side dominated possession in the first half but could not find a way past a well-organised back four. The breakthrough came ten minutes after the restart, when a looping header from a corner drifted over the goalkeeper.',
  'The manager defended his decision to rest three senior players ahead of the cup tie, saying the squad had played four matches in eleven days and that injuries were inevitable if nobody was rotated.',
  'Ticket prices for next season will rise by five per cent, the club announced, although season-ticket holders who renew before the end of May will keep this year’s rate.',
  'A late penalty, awarded after a lengthy video review, settled a scrappy derby that had produced few chances and a great many yellow cards.',
  'To make a simple loaf, mix flour, water, salt and yeast into a shaggy dough, then knead for ten minutes until it is smooth and springy. Leave it covered in a warm place until doubled in size, which usually takes about an hour.',
  'Risotto rewards patience. Toast the rice in butter until the grains turn translucent at the edges, then add hot stock a ladle at a time, stirring as each addition is absorbed, and finish with parmesan off the heat.',
  'Sharp knives are safer than blunt ones, because they cut where you aim rather than skidding off the skin of an onion. A few strokes on a honing steel before each use keeps the edge aligned between proper sharpenings.',
  'Lentils need no soaking and cook in twenty minutes, which makes them ideal for a weeknight soup with carrots, cumin and a squeeze of lemon at the end.',
];

/**
 * Paragraphs on the seeds' own subject (integrating the NHS and social care in
 * England), written fresh: the vocabulary is the seeds', the sentences are not.
 */
export const SAME_SUBJECT_PARAGRAPHS: readonly string[] = [
  'The government has published proposals intended to bring hospitals, GPs and council-run care services into closer partnership. Under the plans, each area would agree a shared set of priorities and report on progress against them every year.',
  'Supporters of the reforms argue that patients are too often passed between organisations that do not talk to each other. An older person leaving hospital may wait days for a care package because funding decisions sit with a different body.',
  'Sceptics point out that structural reorganisations have been tried many times since the 1970s. Each has promised better coordination, and each has absorbed management time that might otherwise have gone into improving care.',
  'Much depends on money. Councils say that adult social care budgets have been squeezed for a decade, and that no amount of joint planning can make up for a shortage of care workers and home care hours.',
  'The proposals also touch on digital records. Officials want every person to have a single care record that can be viewed by the professionals treating them, with the aim of ending repeated assessments.',
  'Accountability is a recurring theme in the debate. If budgets are shared, it is not obvious who answers to ministers when targets are missed, and some managers fear that responsibility will become blurred.',
  'Local leaders have asked for freedom to design arrangements that suit their own populations rather than a template imposed from Whitehall. Rural counties and dense cities face very different pressures.',
  'Workforce shortages cast a long shadow over the plans. Vacancy rates in nursing and in social care remain high, and training new staff takes years, whatever the organisational chart looks like.',
  'Researchers who have studied earlier schemes in Scotland and Northern Ireland found that joint boards alone made little measurable difference to emergency admissions or delayed discharges.',
  'The white paper is expected to be followed by legislation, and ministers have promised to consult on the details. A timetable for implementation has not yet been confirmed.',
  'Some charities welcomed the emphasis on prevention, saying that too much of the budget goes on treating illness that could have been avoided with earlier support in the community.',
  'Others warned that the focus on structures risks overlooking the relationships and culture that make partnerships work in practice, which no statute can create on its own.',
];

/** Words a "changed word" in a quotation is replaced with: plausible in any sentence. */
export const REPLACEMENT_WORDS: readonly string[] = [
  'really', 'major', 'clear', 'further', 'real', 'serious', 'wider', 'urgent', 'proper', 'genuine', 'broader', 'strong',
];
