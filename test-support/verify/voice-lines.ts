// Real lines of the verification set's tuning half that the unit tests of
// verification's own readings of who speaks (lib/verify/pronoun-voices.ts,
// headline-voices.ts) recombine: Chris Hopson's words to HSJ (2018), a Pulse
// sentence naming another man only as an object (2011), an RCN sentence introducing
// a new speaker (2012).
export const HOPSON_TOLD_HSJ =
  '“Given current workforce and demand pressures and the absence of dedicated winter funding, trusts tell us they are concerned,” NHS Providers chief executive Chris Hopson told HSJ.';
export const HOPSON_FOLLOW_UP =
  'He also warned: “Whilst national leaders are understandably focusing on the 10 year plan, a new secretary of state, and recruiting a new NHS executive board, we mustn’t lose sight of how difficult this winter is likely to be.”';
export const ANOTHER_MAN_NAMED =
  'The BMA is to call on health secretary Andrew Lansley to withdraw the Health and Social Care Bill, after representatives ignored warnings by their leader that it would be impractical.';
export const NEW_SPEAKER = 'RCN Chief Executive & General Secretary Dr Peter Carter has said that much more needs to be done to deliver a system that is fit for the future.';
/** HSJ's first summary bullet above Chris Hopson's words. */
export const HOPSON_BULLET = '• Trust chiefs warn system leaders “mustn’t lose sight of how difficult this winter is likely to be” as winter funding hopes fade';
/** The reader's claim for the words: Chris Hopson, known to the corpus. */
export const HOPSON = { id: 'chris-hopson', name: 'Chris Hopson', aliases: ['Mr Hopson'] };
/** The Hartlepool Mail's opening: an MP (a man the corpus does not know) as the subject of a sentence that reports no quotation. */
export const MORRIS_SLAMMED =
  'EASINGTON MP Grahame Morris has slammed the Government’s refusal to publish controversial documents relating to alleged risks planned reforms could have on the NHS.';
/** The same page's next paragraph: the MP by title and surname, again reporting no quotation. */
export const MR_MORRIS_SPOKE_OUT = 'Labour MP Mr Morris spoke out less than a week before the bill is due to face its last hurdle in the House of Lords.';
/** The same page's "He said", opening a quotation its paragraph does not close. */
export const MORRIS_SAID =
  'He said: “No sensible person would drive a car in the dark without lights down an unfamiliar and dangerous road, yet this is precisely what the Government are doing by refusing to publish the Risk Register.';
/** The Daily Mirror's sentence quoting Joe Dromey; its quotation ends the sentence. */
export const DROMEY_SAID =
  'Joe Dromey, general secretary of the Fabian Society and co-author of the report, said: "The treatment of the social care workforce is a national scandal. Care workers deliver vital support, yet they face poverty pay, chronic insecurity, and have few opportunities for progression."';
/** The Daily Mail naming Chris Hopson with his organisation, in a sentence with no quotation. */
export const HOPSON_OF_NHS_PROVIDERS =
  'Chris Hopson, chief executive of NHS Providers, said the health service is so overstretched that the smallest shock could have lasting repercussions for struggling organisations.';
/** Parliament Today's hard-wrapped opening: the chief executive of NHS Providers, unnamed, said: "…". */
export const NHS_PROVIDERS_CHIEF_SAID = [
  'Responding to the publication of the Health and Care Bill, the',
  'chief executive of NHS Providers, said:',
  '“We welcome the publication of this Bill today which will help',
  'provide clarity for trusts in a fast changing health and care',
  'landscape.',
].join('\n');
/** The Pool (2019): the Health Secretary's words on the Andrew Marr Show. */
export const HANCOCK_ON_MARR =
  'On the BBC’s The Andrew Marr Show, Hancock said, “They need to do things they are refusing to do,” adding that, if they don’t regulate their sites, we must introduce legislation.';
/** The same page: a girl's father speaks, then goes on through "He", with no speech verb next to the pronoun. */
export const FATHER_SAID =
  'Russell’s father said, “Some of that content is shocking in that it encourages self-harm, it links self-harm to suicide and I have no doubt that Instagram helped kill my daughter." He further criticised Pinterest, saying, “[It] has a huge amount to answer for."';
/** The same page: the family's solicitor, named after her description. */
export const SOLICITOR_SAID =
  'The family’s solicitor, Merry Varney, said Molly\'s case and “how algorithms push negative material" show the desperate need to investigate social-media platforms and how they could be "contributing to suicides and self-harm".';
