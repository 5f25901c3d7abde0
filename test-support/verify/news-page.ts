// A constructed news page for verification tests (unit and browser): real seed
// quotations, three of them deliberately misused and labelled as such here. Never
// present these lines as anyone's real statements: the misattribution, the changed
// word and the unsourced words are the test's own doing.
//   - Simon Stevens's and Jennifer Dixon's words, verbatim and correctly attributed (LBC, 2021-02-11).
//   - Chaand Nagpaul's words (BMA) put in Matt Hancock's mouth: misattributed.
//   - Richard Murray's words with "could give" changed to "will give": altered (a qualifier lost).
//   - Jonathan Ashworth given a sentence of the LBC report's own narration, which is nobody's
//     quotation in the corpus: unsourced.

export const NEWS_PAGE_TITLE = 'Reactions to the integration white paper';

export const NEWS_PAGE_PARAGRAPHS = [
  'Health leaders gave a mixed welcome to the government’s plans for the NHS in England.',
  'Sir Simon Stevens, chief executive of the NHS, said: "Our legislative proposals go with the grain of what patients and staff across the health service all want to see - more joined-up care, less legal bureaucracy and a sharper focus on prevention, inequality and social care."',
  'Health Secretary Matt Hancock said: "Proposals for sweeping reorganisation on such a scale will need greater time for consideration and must not be rushed through while doctors are still tackling the winter surge in infections, hospitalisations and tragically, deaths."',
  'Richard Murray, chief executive of The King’s Fund, added: "By sweeping away clunky competition and procurement rules, these new plans will give the NHS and its partners greater flexibility to deliver joined-up care to the increasing numbers of people who rely on multiple different services."',
  'Dr Jennifer Dixon, chief executive of the Health Foundation, said: "One half of the proposals, to help local services collaborate better, could help improve care for patients and follows the direction NHS leaders are already taking."',
  'The shadow health secretary Jonathan Ashworth said: "Legislation to support the introduction of new requirements about calorie labelling on food and drink packaging also forms part of the blueprint."',
  'A local campaigner, Jane Example, said: "We will be watching closely to see what this means for our hospital."',
] as const;

/** The page as text, paragraphs separated as the content script's reader separates blocks. */
export const NEWS_PAGE_TEXT = [NEWS_PAGE_TITLE, ...NEWS_PAGE_PARAGRAPHS].join('\n\n');

/** What verification should say, by who the page names. */
export const NEWS_PAGE_EXPECTED = [
  { claimant: 'Simon Stevens', status: 'verified' },
  { claimant: 'Matt Hancock', status: 'misattributed' },
  { claimant: 'Richard Murray', status: 'altered' },
  { claimant: 'Jennifer Dixon', status: 'verified' },
  { claimant: 'Jonathan Ashworth', status: 'unsourced' },
] as const;
