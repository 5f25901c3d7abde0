// The small vocabularies attribution parsing relies on: the verbs that introduce
// speech, the pronouns that refer back to a speaker, the honorifics that start a
// name, the nouns that make a phrase a role, and the capitalised words that make a
// phrase an institution or a document rather than a person. Kept in one place so a
// miss can be fixed by adding a word, and so the tests can name what they exercise.
import { MONTH_NAMES } from '../text/date-patterns';

/**
 * Verbs of speech and of stated reaction, in the tenses news copy uses. "welcomed"
 * and "warned" introduce quoted fragments as often as "said" does
 * (`X welcomed the proposals "to drive integration"`).
 */
export const SPEECH_VERB =
  /\b(?:said|says|say|added|adds|told|tells|warned|warns|welcomed|welcomes|explained|explains|argued|argues|stated|states|commented|comments|commenting|noted|notes|responded|responds|insisted|insists|claimed|claims|urged|urges|cautioned|cautions|continued|continues|wrote|writes|asked|asks|described|describes|called|calls|calling|believes|suggested|suggests|acknowledged|acknowledges|admitted|admits|conceded|concedes|stressed|stresses|emphasised|emphasized|declared|declares|remarked|replied|announced|announces|confirmed|confirms|countered|counters|maintained|maintains|pointed out|points out|promised|promises|pledged|pledges|vowed|vows|according to|response|urge|warn|argue|insist|saying|adding|noting|urging|arguing|insisting|stressing)\b/g;

/** Auxiliaries and adverbs that may stand between a subject and its speech verb ("has also said", "instead said"). */
export const AUXILIARY_WORDS = 'has|have|had|also|then|later|today|yesterday|will|would|further|previously|recently|again|instead';

/** Auxiliaries and adverbs ending a description before its verb ("The ADASS president also urged", "Andy Burnham Shadow Health Secretary has said", "The Health Secretary instead said"). */
export const TRAILING_AUXILIARIES = new RegExp(String.raw`(?:\s+(?:${AUXILIARY_WORDS}))*\s*,?\s*$`, 'i');

/** A name followed, without a comma, by "and": a list of people, not a description of the first. */
export const COORDINATED_NEXT = /^\s*(?:and|&)\s/;

/** A speech frame whose subject follows it: "according to NHS Providers". */
export const SUBJECT_FOLLOWS = /^according to$/;

/** Pronouns that stand for the last person named. "They" is left out: it names organisations as often as people. */
export const PERSON_PRONOUN = /\b(?:He|She|he|she)\b/g;

/** Titles that precede a personal name and are part of how the person is named. */
export const HONORIFICS = [
  'Dr', 'Professor', 'Prof', 'Sir', 'Dame', 'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Cllr', 'Coun', 'Councillor', 'Lord', 'Lady',
  'Baroness', 'Baron', 'Rev', 'Reverend', 'Rt Hon',
] as const;

/** Nouns (lower-case) that make a phrase a role: "chief executive", "council chair", "shadow health secretary". */
export const ROLE_NOUNS = new Set([
  'executive', 'chief', 'ceo', 'director', 'chair', 'chairman', 'chairwoman', 'chairperson', 'president', 'secretary',
  'minister', 'head', 'leader', 'spokesperson', 'spokesman', 'spokeswoman', 'officer', 'manager', 'adviser', 'advisor',
  'deputy', 'founder', 'editor', 'correspondent', 'journalist', 'fellow', 'economist', 'analyst', 'mp', 'mep', 'peer',
  'professor', 'lead', 'principal', 'governor', 'commissioner', 'registrar', 'dean', 'member', 'trustee', 'partner',
  'researcher', 'consultant', 'mayor', 'councillor', 'treasurer', 'chancellor', 'representative', 'officer',
  'boss', 'gp', 'doctor', 'nurse', 'worker', 'teacher', 'headteacher', 'co-chair', 'vice-chair', 'chairs', 'cochair', 'owner', 'campaigner', 'official',
  // A pharmacy's responsible pharmacist and a police rank ("superintendent of W Phillips Chemist", "a former chief superintendent with Gwent Police").
  'superintendent',
  // American and Australian offices ("Councilman Stephen Levin", "Speaker Adrienne Adams"); "expert" as a title ("tax and financial planning expert at Quilter").
  'councilman', 'councilwoman', 'councilmember', 'speaker', 'senator', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'assemblymember', 'alderman', 'expert',
  // A union's paid officials ("Unison regional organiser Steve Belcher", "GMB national coordinator").
  'organiser', 'organizer', 'coordinator', 'co-ordinator',
  // Whom a body sends to speak at its conference ("South Lanarkshire delegate Andrew Fullwood").
  'delegate',
]);

/**
 * Capitalised words that qualify a role noun rather than name an organisation, so
 * "RCN General Secretary" splits into organisation "RCN" and role "General Secretary".
 */
export const ROLE_MODIFIERS = new Set([
  'general', 'deputy', 'assistant', 'senior', 'vice', 'acting', 'interim', 'joint', 'co', 'shadow', 'managing',
  'associate', 'charity', 'council', 'national', 'clinical', 'medical', 'policy', 'executive', 'chief', 'and', '&', 'prime',
  'new', 'former', 'outgoing', 'incoming', 'current',
  // The part of a union the office is held in ("John Stevenson, Branch President, said"): no body's name of its own.
  'branch',
]);

/** Honours after a name ("Martin Green OBE"). */
export const HONOURS = ['OBE', 'CBE', 'MBE', 'KBE', 'DBE'];
/** Letters naming a seat in a legislature that a member is named with ("Alan Whitehead MP", "Jackie Baillie MSP", an Irish "TD"); worn-title.ts reads them as an office. */
export const SEAT_LETTERS = ['MP', 'MEP', 'MSP', 'MLA', 'AM', 'TD'];
/** Letters after a name that are honours or a seat in a legislature, not part of it and no organisation ("Martin Green OBE", "Rhun ap Iorwerth MS", "Jackie Baillie MSP", an Irish "TD"). */
export const POST_NOMINALS = new RegExp(`^(?:${[...HONOURS, 'FRCP', 'FRCGP', ...SEAT_LETTERS, 'MS', 'QC', 'KC', 'PhD'].join('|')})$`);

/** Words that make a capitalised phrase an organisation ("Fabian Society", "Care England"). */
export const ORGANISATION_WORDS = new Set([
  'Association', 'Society', 'Alliance', 'Fund', 'Trust', 'Foundation', 'College', 'Council', 'Confederation', 'Providers',
  'Union', 'Institute', 'Group', 'Party', 'Commission', 'Agency', 'Board', 'Committee', 'Network', 'Federation',
  'Partnership', 'Department', 'Ministry', 'Office', 'Coalition', 'Forum', 'Exchange', 'Centre', 'Center', 'Radio',
  'Times', 'News', 'Press', 'Company', 'Ltd', 'Limited', 'plc', 'Inc', 'University', 'Hospital', 'Authority', 'Services',
  'Service', 'Care', 'England', 'Cross', 'UK', 'Watch', 'Healthwatch', 'HealthWatch', 'Bank', 'Treasury', 'Cabinet',
  'Organisation', 'Organization', 'Hospice',
  // An NHS foundation trust's short form ("Northumbria Healthcare FT chief executive … Sir Jim Mackey").
  'FT',
]);

/**
 * Nouns a body's name ends in and no surname is: "Northumbria Healthcare", "Carers Wellbeing", "Welsh Ambulance", "Gwent Police",
 * "Burnham Pharmacy", "Romford Recorder" (a newspaper). A capitalised run ending in one names a body, never a person.
 */
export const BODY_NAME_ENDINGS = new Set([
  'Healthcare', 'Wellbeing', 'Pharmacy', 'Ambulance', 'Police', 'School', 'Schools', 'Clinic', 'Housing', 'Charity', 'Campaign', 'Programme',
  'Journal', 'Recorder', 'Gazette', 'Herald', 'Chronicle', 'Courier', 'Advertiser', 'Echo',
]);

/**
 * Nouns the name of a government document or fiscal event ends in and no surname is: "today’s Autumn Statement",
 * "the Spending Review", "the Spring Budget", "the Workforce Strategy". A capitalised run ending in one is no person.
 */
export const DOCUMENT_NAME_ENDINGS = new Set(['Statement', 'Budget', 'Review', 'Strategy']);

/** Acronyms that are not organisations a person speaks for ("AM" ends a time of day, "0:02 AM", as "PM" may). */
export const NON_ORGANISATION_ACRONYMS = new Set([
  'AM', 'NHS', 'UK', 'CEO', 'MP', 'MPs', 'GP', 'GPs', 'TV', 'OBE', 'CBE', 'MBE', 'ICS', 'ICSs', 'ICB', 'ICBs', 'ICP', 'PM',
  'COVID', 'A&E', 'EU', 'US', 'USA', 'ENDS', 'PCT', 'CCG', 'CCGs', 'SHA', 'ARM', 'FPA', 'SMEs', 'KYC', 'ID', 'PDF',
]);

/** Words before a quotation that name something rather than quote someone ("dubbed ‘The Salford offer’"). */
export const NAMING_CUE = /\b(?:dubbed|so-called|called|known as|titled|entitled|named|branded|labelled|labeled|the phrase|the term|the word)\s*$/i;

/**
 * Words that report what someone said without being a speech verb a speaker stands before: they
 * put a fragment in somebody's mouth ("what they claim are “unsustainable”", "with warnings … ‘urgent’
 * funding", "has pointed to … “record levels”", "has been criticised for giving … a “licence to leak”"),
 * as do forms of speech verbs no speaker is read from ("with Ní Sheaghdha stating they have been “sounding
 * the alarm”", "Headteachers … have written to more than 300,000 parents over fears that … “breaking point”").
 */
export const REPORTING_WORDS = /\b(?:claim|warnings?|pointed to|points to|criticised|criticized|accused|accuses|stating|written)\b/i;

/** Words that, capitalised, mark an institution, a place or a document rather than a person's name. */
export const NON_PERSON_WORDS = new Set([
  'The', 'This', 'That', 'These', 'Those', 'Our', 'Their', 'Its', 'His', 'Her', 'We', 'It', 'In', 'On', 'At', 'For',
  'But', 'And', 'As', 'If', 'When', 'While', 'However', 'Responding', 'Proposals', 'Plans', 'Reports', 'Legislation',
  'Paper', 'Bill', 'Act', 'Law', 'Government', 'Department', 'Ministry', 'Office', 'Parliament',
  'Commons', 'Lords', 'House', 'Health', 'Care', 'Social', 'Trust', 'Trusts', 'Fund', 'Foundation', 'Association',
  'Council', 'Service', 'Services', 'Board', 'Committee', 'Party', 'Labour', 'Conservative', 'Conservatives',
  'Liberal', 'Democrats', 'News', 'Integration', 'Institute', 'Academy', 'College', 'Colleges', 'Royal', 'Medical',
  'University', 'Hospital', 'Hospitals', 'Hospice', 'Network', 'Confederation', 'Providers', 'England', 'Scotland', 'Wales',
  'Ireland', 'Britain', 'British', 'UK', 'NHS', 'Secretary', 'State', 'Chief', 'Executive', 'Press', 'Release',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', ...MONTH_NAMES, 'Read', 'More', 'Notes',
  'Editors', 'About', 'Comments', 'Picture', 'Pandemic', 'Covid', 'Strategy', 'Plan', 'Review', 'Report', 'Group',
  'Systems', 'System', 'Care', 'Street', 'Downing', 'Whitehall', 'Westminster', 'Company', 'Ltd', 'Inc', 'Union',
  'Society', 'Alliance', 'Federation', 'Coalition', 'Forum', 'Commission', 'Agency', 'Radio', 'Times', 'Minister',
  'Prime', 'President', 'Chairman', 'Chair', 'Director', 'General', 'Mail', 'Express', 'Telegraph', 'Mirror', 'Sun',
  'Budget', 'Chancellor', 'Commissioning', 'Skills', 'Promise', 'People', 'Living', 'Wage', 'Week', 'Year', 'Month', 'Fair', 'Pay',
  'Agreement', 'Speaking', 'Commenting', 'By', 'From', 'With', 'Via', 'Posted', 'Written', 'Updated', 'Published', 'Photo', 'Image', 'Credit',
  'Outlining', 'According', 'Images', 'Podcast', 'Listen', 'Campaigning', 'Taking', 'Following', 'After', 'Before', 'Under', 'Last', 'Next', 'Today',
  'Yesterday', 'Later', 'Meanwhile', 'Also', 'Both', 'Age', 'Meeting', 'Conference', 'Summit', 'Congress', 'Special',
  'Representative', 'Annual', 'City', 'County', 'Borough', 'Town', 'Village', 'Region', 'Regional', 'Share', 'Sign', 'Back', 'Skip', 'Please',
  // A question's auxiliary opening a sentence ("Has Ofwat woken …?") and a preposition inside a body's name ("Surfers Against Sewage").
  'Has', 'Have', 'Does', 'Did', 'Is', 'Are', 'Was', 'Were', 'Against',
  // A portfolio glued before a name ("Higher Education Minister David Lammy", "Further Education Niall Collins"), as "Health" is,
  // and a party's short name ("Lib Dem group spokesperson … Cllr Jeremy Horton", "South Gloucestershire Lib Dems").
  'Education', 'Lib', 'Dem', 'Dems',
]);

/** Words that join the parts of an organisation's name ("Academy of Medical Royal Colleges"). */
export const NAME_CONNECTORS = new Set(['of', 'and', 'for', '&', 'the', 'on', 'in']);

/** Offices that exist only inside an organisation: a person holding one speaks for some organisation. */
export const ORGANISATION_OFFICE = /chief|executive|\bceo\b|chair|president|director|\bhead\b|officer|spokes|general secretary|founder|trustee|manager|boss|deputy|official/i;

/** Political offices: their holders speak for no organisation a page is about ("health secretary", not "general secretary"). */
export const POLITICAL_OFFICE = /minister|\bmp\b|\bmsp\b|\bmep\b|(?<!general\s)secretary|chancellor|mayor|councillor|shadow|peer/i;

/** "of the charity", "at the union", "Union president …": a generic noun standing for the body the page named before, never a name of its own. */
export const GENERIC_BODY_NOUN = String.raw`(charity|union|college|trust|council|foundation|society|association|federation|organisation|organization|think\s+tank)`;

/** "Union president Caroline Gourley": the generic noun alone, capitalised to open a sentence, where a name would stand; no name of a body of its own. */
export const BARE_GENERIC_BODY = new RegExp(String.raw`^${GENERIC_BODY_NOUN}$`, 'i');
