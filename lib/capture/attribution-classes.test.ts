// The failure classes of issue 11, each on short real passages from the capture
// development set (test-support/capture/dev-set, tuning half unless marked), with the
// bundled corpus as what the extension already knows.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { ATTRIBUTION_CONFIDENCE, extractQuotes } from './attribution';
import { findNameCandidates } from './person-names';

const corpus = loadBundledCorpus();
const speakers = (text: string, known = corpus) =>
  extractQuotes(text, known).map((q) => [q.text.slice(0, 24), q.speakerName ?? null, q.role ?? null, q.organisationName ?? null]);

describe('single quotation marks (British style)', () => {
  it('reads quotations in ‘…’ with apostrophes inside them', () => {
    const text =
      'BMA Council Chairman, Dr Hamish Meldrum, wrote to doctors and medical students yesterday.\n\n' +
      'Dr Meldrum says: ‘I am in no doubt that this is a very challenging agenda and that it is not without risk.’\n\n' +
      'In the letter, Dr Meldrum likens the White Paper to a ‘large curate’s egg; good in parts, bad in parts, unclear in parts and even internally inconsistent in parts’.';
    expect(speakers(text)).toEqual([
      ['I am in no doubt that th', 'Hamish Meldrum', 'Council Chairman', 'British Medical Association'],
      ['large curate’s egg; good', 'Hamish Meldrum', 'Council Chairman', 'British Medical Association'],
    ]);
  });

  it("reads '…' with straight marks and straight apostrophes", () => {
    const text =
      "However, Dr Andy Thornley said it was too late for the bill to be amended sufficiently to reflect doctors' concerns.\n\n" +
      "‘The Government hasn't listened to our concerns,' he said. ‘I don't think it's possible for them to tinker with the bill, to tweak it to make it better.'";
    expect(speakers(text).map((s) => s[1])).toEqual(['Andy Thornley', 'Andy Thornley']);
  });
});

describe('surname-only and title references', () => {
  it('resolves a surname to the person the page introduced', () => {
    const text =
      'Stephen Chandler, ADASS president said:\n\n"I am really pleased to see this publication."\n\n' +
      '“This is going to be a 10-year programme of transformation and its success will depend on the continued and growing involvement of groups representing all those who commission, provide and, most importantly, draw on care and support,” Chandler said.';
    expect(speakers(text)).toEqual([
      ['I am really pleased to s', 'Stephen Chandler', 'president', 'ADASS'],
      ['This is going to be a 10', 'Stephen Chandler', 'president', 'ADASS'],
    ]);
  });

  it('resolves a title to the person the page gave it, not to a corpus alias for someone else', () => {
    const text =
      'In a speech to the National Children and Adult Services Conference, ADASS president James Bullion (pictured) said the reform must be comprehensive.\n\n' +
      'The ADASS president also urged ministers to introduce arrangements for designated visitors and financial help to create Covid-secure visiting areas in care homes.\n\n' +
      '“As we lock do';
    const known = {
      people: [...corpus.people, { id: 'someone-else', name: 'Jane Roe', aliases: ['The ADASS president'], roles: [] }],
      organisations: corpus.organisations,
    };
    expect(speakers(text, known as typeof corpus)).toEqual([['As we lock do', 'James Bullion', 'president', 'ADASS']]);
  });
});

describe('pronouns', () => {
  it('resolves she and he to the last person of that gender', () => {
    const text =
      'Taking up the reins of the UNISON public services union in the middle of a national crisis, Christina McAnea’s number one priority is supporting members of the union through the pandemic.\n\n' +
      'Speaking for that motion, BMA Council member Dr Ian Banks said the Bill puts the whole NHS in danger and continuing to work with the government would be self-defeating.\n\n' +
      'She said: “The chancellor has already said there will be a pay freeze apart from in the NHS.”';
    expect(speakers(text).map((s) => s[1])).toEqual(['Christina McAnea']);
  });

  it('never resolves a pronoun to a programme or a place', () => {
    const text =
      'Chris Hopson, chief executive of NHS Providers, which represents England’s 240 NHS trusts, told Times Radio that serious concerns were building.\n\n' +
      'Trust chief executives had told him that they had never been more anxious about how a winter would unfold. “We’re expecting to see a combination of probably higher levels of Covid and higher levels of flu,” he said.';
    expect(speakers(text)).toEqual([['We’re expecting to see a', 'Chris Hopson', 'chief executive', 'NHS Providers']]);
  });
});

describe('follow-on quotations', () => {
  it('continue the previous speaker in the next paragraph', () => {
    const text =
      'Bullion said 2020 has been shown to be a “annus horribilis” but the year had also shown the social care family at its “very best, rising to the challenge with utter dedication, with flexibility and ingenuity, and with sheer, downright bravery.”\n\n' +
      '“Our hearts go out to the families of the tens of thousands of people who are no longer with us. We recognise their sacrifice.”';
    const known = { ...corpus, people: [...corpus.people] };
    const quotes = extractQuotes(`ADASS president James Bullion spoke.\n\n${text}`, known);
    expect(quotes.map((q) => q.speakerName)).toEqual(['James Bullion', 'James Bullion', 'James Bullion']);
  });

  it('continue across a caption and page furniture', () => {
    const text =
      'In a speech at the NHS Providers Annual Conference and Exhibition in Birmingham today, Mr Hopson will say: ‘The service is becoming much less resilient.\n\n' +
      'Without more funding the NHS ‘can no longer deliver what is being asked of it’, he said\n\n' +
      'Read more\n\n' +
      '‘Given the capacity levels at which we are now permanently running our hospital, ambulance, community and mental health services - capacity levels unheard of in Germany, Fr';
    expect(extractQuotes(text, corpus).map((q) => q.personId)).toEqual(['chris-hopson', 'chris-hopson', 'chris-hopson']);
  });
});

describe('attribution verbs and frames beyond "said"', () => {
  it('reads told X, warned, argued and a trailing "according to"', () => {
    const text =
      '“Given current workforce and demand pressures and the absence of dedicated winter funding, trusts tell us they are concerned,” NHS Providers chief executive Chris Hopson told HSJ.\n\n' +
      'He also warned: “Whilst national leaders are understandably focusing on the 10 year plan, we mustn’t lose sight of how difficult this winter is likely to be.”';
    expect(extractQuotes(text, corpus).map((q) => [q.personId, q.role, q.organisationId])).toEqual([
      ['chris-hopson', 'chief executive', 'nhs-providers'],
      ['chris-hopson', 'chief executive', 'nhs-providers'],
    ]);
    // Held-back half (onecall24): the rule predates the split's results and is tested, not tuned, here.
    const according = 'The cash is desperately need to fund extra staff and beds, with waiting times and bed shortages remaining “stubbornly bad,” according to NHS Providers, which represents NHS chief executives.';
    expect(extractQuotes(according, corpus)).toMatchObject([{ organisationId: 'nhs-providers' }]);
    expect(extractQuotes(according, corpus)[0]!.speakerName).toBeUndefined();
  });

  it('reads a sentence opening "According to X," as X’s words (Nursing in Practice; Management in Practice)', () => {
    const marquis = 'According to Patricia Marquis, RCN director for England, GPNs have been able to secure better pay by ‘asking and pushing’ their employers.';
    expect(speakers(marquis)).toEqual([['asking and pushing', 'Patricia Marquis', 'director for England', 'RCN']]);
    const text =
      'In the session, GPC England chair Dr Katie Bramall-Stainer said GP ‘collective action’, which may take place in the autmun, is going to be ‘totally different’ from action taken by junior doctors or consultants.\n\n' +
      'According to Dr Bramall-Stainer, the action will have a ‘public-facing narrative’, built on ‘trust’ to ‘repair the toxic damage’ to general practice’s reputation in the media and with the public.';
    expect(speakers(text).slice(2).map((s) => s[1])).toEqual(['Katie Bramall-Stainer', 'Katie Bramall-Stainer', 'Katie Bramall-Stainer']);
  });

  it('reads an organisation speaking for itself, named by an acronym the page defines', () => {
    const text =
      'Following the government announcement of an independent commission to reform adult social care in England chaired by Baroness Louise Carey, the Royal College of Nursing (RCN) has said that social care reforms must ‘move quickly’ and involve nurses.';
    expect(speakers(text)).toEqual([['move quickly', null, null, 'Royal College of Nursing']]);
  });
});

describe('entities: person, role and organisation', () => {
  it('splits "X, Chairman of Y" and "Y role X" into person, role and organisation', () => {
    expect(speakers('Nicholas Brookes, Chairman of De La Rue, said: “We are pleased.”')).toEqual([['We are pleased.', 'Nicholas Brookes', 'Chairman', 'De La Rue']]);
    expect(speakers('Joe Dromey, general secretary of the Fabian Society and co-author of the report, said: "The treatment of the social care workforce is a national scandal."')).toEqual([
      ['The treatment of the soc', 'Joe Dromey', 'general secretary', 'Fabian Society'],
    ]);
    expect(
      speakers('“Vulnerable people needing care cannot wait until 2028 for change,” said Professor Nicola Ranger, RCN General Secretary and Chief Executive.'),
    ).toEqual([['Vulnerable people needin', 'Nicola Ranger', 'General Secretary and Chief Executive', 'RCN']]);
  });

  it('does not glue places or honorifics to names, and proposes no speaker that is not a person', () => {
    expect(findNameCandidates('London Sir David said', 0, 21).map((c) => c.name)).toEqual(['Sir David']);
    const text =
      'In the first significant policy move at today\'s Special Representative Meeting, a motion was passed calling on the Government to ‘call a halt to the proposed top down reoganisation of the NHS\'.\n\n' +
      'One relieved care worker said: “This will help me pay my bills because prices have gone up so much. Hopefully it will help me go on holiday and enjoy life.”';
    expect(extractQuotes(text, corpus).map((q) => q.speakerName)).toEqual([undefined, undefined]);
  });
});

describe('roles and organisations the first round missed (second round, tuning half)', () => {
  it('keeps a role that holds its own "of" and finds the organisation before it or after it', () => {
    expect(
      speakers('James White, Head of Public Affairs and Campaigns at Alzheimer’s Society, said:\n\n\'While we had welcomed the Government’s decision, the cap on care costs is still worryingly high.\''),
    ).toEqual([['While we had welcomed th', 'James White', 'Head of Public Affairs and Campaigns', 'Alzheimer’s Society']]);
    expect(
      speakers('Responding to the latest NHS performance figures, Nuffield Trust Deputy Director of Research Dr Sarah Scobie said:\n\n“These figures are a serious warning.”'),
    ).toEqual([['These figures are a seri', 'Sarah Scobie', 'Deputy Director of Research', 'Nuffield Trust']]);
    expect(
      speakers('Fiona Carragher, Director of Research and Influencing at Alzheimer’s Society, said:\n\n\'With two thirds of the astronomical cost of dementia currently being paid by people with dementia, we welcome the support of MPs.\''),
    ).toEqual([['With two thirds of the a', 'Fiona Carragher', 'Director of Research and Influencing', 'Alzheimer’s Society']]);
  });

  it('reads a name set off by commas after its role, not a person named earlier in the clause', () => {
    expect(
      speakers(
        'Responding to Chancellor Rishi Sunak and Health Secretary Sajid Javid’s resignations, RCN Chair of Council, Carol Popplestone, said:\n\n' +
          '“Before the government started to crumble, it had long been happening in the NHS and social care.”',
      ),
    ).toEqual([['Before the government st', 'Carol Popplestone', 'Chair of Council', 'RCN']]);
    expect(speakers('Royal College of Nursing Chief Nurse, Professor Nicola Ranger, said: “This statement was short-sighted, not long-term.”')).toEqual([
      ['This statement was short', 'Nicola Ranger', 'Chief Nurse', 'Royal College of Nursing'],
    ]);
  });

  it('never takes a possessive, an object or a clause for the speaker or the role', () => {
    const text =
      'In his first letter to the Secretary of State, Professor Martin Marshall quotes Boris Johnson\'s pledge to tackle waiting times, saying: "As the Prime Minister points out, no patient should have to wait three weeks for a GP appointment."';
    expect(speakers(text)).toEqual([['As the Prime Minister po', 'Martin Marshall', null, null]]);
    const college =
      'The new Chair of the Royal College of GPs has warned that general practice has been running on empty.\n\n' +
      "The college has called on Health and Social Care Secretary Matt Hancock for urgent action to deliver the 6,000 additional GPs promised in the General Election manifesto so that patients no longer have to face 'unacceptable' waits for a GP appointment.";
    expect(speakers(college)).toEqual([['unacceptable', null, null, 'Royal College of GPs']]);
  });

  it('gives a pull quote, reworded a little, the speaker of the body quotation it repeats', () => {
    const text =
      'LGA responds to County Councils Network and Newton report\n\n' +
      '“Potential underfunding of adult social care reforms would only exacerbate pre-existing significant pressures, which the reforms – and the funding for them – do nothing to address."\n\n' +
      'Responding to analysis from the County Councils Network (CCN), Cllr David Fothergill, chair of the LGA Community Wellbeing Board said:\n\n' +
      '“Potential underfunding of these reforms would only exacerbate pre-existing significant pressures, which the reforms – and the funding for them – do nothing to address.”';
    expect(speakers(text).map((s) => s[1])).toEqual(['David Fothergill', 'David Fothergill']);
  });

  it('proposes fragments an unnamed organisation said, and no headline verb as a name', () => {
    const text =
      'Progress in Reducing NHS Waiting Times Has ‘Stagnated,’ Says Think Tank\n\n' +
      'Progress in bringing down NHS wait times to pre-pandemic levels has “stagnated” and long waits “remain endemic,” a think tank has said.';
    // The headline's fragment is a quotation too (its page labels it so), with no "Think Tank" speaking.
    expect(speakers(text)).toEqual([
      ['Stagnated,', null, null, null],
      ['stagnated', null, null, null],
      ['remain endemic,', null, null, null],
    ]);
  });

  it('reads the lead-in colon across a paragraph the page printed without its opening mark', () => {
    const text =
      'In response to the Conservative Party\'s pledge, Jeremy Hughes, Chief Executive at Alzheimer’s Society, said:\n\n' +
      'While it’s good to see social care being rightly recognised by all parties as a key election issue, what we need to see are detailed plans.\n\n' +
      '“Whoever is next in Government has to take the lead.”';
    expect(speakers(text)).toEqual([['Whoever is next in Gover', 'Jeremy Hughes', 'Chief Executive', 'Alzheimer’s Society']]);
  });
});

describe('pronouns and titles (third round, tuning half)', () => {
  it('reads "He said:" as the subject of the sentence before, not a person in its subordinate clause', () => {
    const text =
      'EASINGTON MP Grahame Morris has slammed the Government’s refusal to publish controversial documents.\n\n' +
      'Health Select Committee member Mr Morris appeared in the Hartlepool Mail last month after Health Secretary Andrew Lansley withheld the publication of the papers.\n\n' +
      'He said: “It terrifies me that this bill is going to become law.”';
    expect(speakers(text).map((s) => s[1])).toEqual(['Grahame Morris']);
  });

  it('ends a name at the title after it', () => {
    expect(findNameCandidates('Andy Burnham Shadow Health Secretary has said.', 0, 46).map((c) => c.name)).toEqual(['Andy Burnham']);
  });

  it('gives "he" the title named last on a page that names nobody', () => {
    const text =
      'The prime minister hit back with a combative Today programme performance in which he said the reforms strived for excellence.\n\n' +
      'But there was controversy when he said Britons settled for "second rate" healthcare.';
    expect(speakers(text)).toEqual([['second rate', null, 'prime minister', null]]);
  });
});

describe('role and organisation from the whole page (session 3, tuning half)', () => {
  it('completes a role stated at one mention with the organisation stated at another', () => {
    const text =
      'EASINGTON MP Grahame Morris has slammed the Government’s refusal to publish controversial documents.\n\n' +
      'Labour MP Mr Morris spoke out less than a week before the bill is due to face its last hurdle in the House of Lords.\n\n' +
      'He said: “No sensible person would drive a car in the dark without lights.”';
    expect(speakers(text)).toEqual([['No sensible person would', 'Grahame Morris', 'MP', 'Labour Party']]);
  });

  it('gives a lede’s title naming nobody to the next person named as a subject, not to one called on', () => {
    const text =
      'The new Chair of the Royal College of GPs has warned that general practice has been running on empty for too long.\n\n' +
      'The college has called on Health and Social Care Secretary Matt Hancock for urgent action to deliver the 6,000 additional GPs.\n\n' +
      'In his first letter to the Secretary of State, Professor Martin Marshall quotes Boris Johnson\'s pledge to tackle waiting times, saying: "As the Prime Minister points out, no patient should have to wait three weeks for a GP appointment."';
    expect(speakers(text)).toEqual([['As the Prime Minister po', 'Martin Marshall', 'Chair', 'Royal College of GPs']]);
  });

  it('keeps "new" out of a role', () => {
    const text = 'New health secretary Sajid Javid has promised to bring forward plans for social care reform ‘quite soon’, but failed to commit to an exact timetable.';
    expect(speakers(text).map((s) => s[2])).toEqual(['health secretary']);
  });
});

describe('a page quoting its own quotation (session 3, tuning half)', () => {
  it('keeps a headline fragment whose words stand in a longer quotation, with that quotation’s organisation and no speaker', () => {
    const text =
      'Progress in Reducing NHS Waiting Times Has ‘Stagnated,’ Says Think Tank\n\n' +
      'Progress in bringing down NHS wait times to pre-pandemic levels has “stagnated” and long waits “remain endemic,” a think tank has said.\n\n' +
      'The Nuffield Trust, an independent health think tank, said that while progress had been made in waiting times for services like cataract surgery, waits for intensive procedures had not returned to pre-COVID-19 levels.\n' +
      '“While recent waiting list numbers for elective care have been marginally better than at their peak in the autumn of 2023, progress has stagnated and long waits remain endemic in the NHS,” wrote re';
    expect(speakers(text).slice(0, 3)).toEqual([
      ['Stagnated,', null, null, 'Nuffield Trust'],
      ['stagnated', null, null, 'Nuffield Trust'],
      ['remain endemic,', null, null, 'Nuffield Trust'],
    ]);
  });
});

describe('a role after a name before an auxiliary (session 3, tuning half)', () => {
  it('reads "Andy Burnham Shadow Health Secretary has said" as a role, and carries it to "Mr Burnham said"', () => {
    const text =
      'Ministers must hand over a secret report on the risks of the NHS reforms ahead of a key debate in the Lords, Andy Burnham Shadow Health Secretary has said.\n\n' +
      'Mr Burnham said in his letter: "This information is absolutely crucial to proper Parliamentary consideration of your Bill and is why my predecessor the Rt Hon John Healey MP pressed you to release it. It is highly regrettable that you refused to do so during the Bill\'s passage through the Commons."';
    expect(speakers(text)).toEqual([['This information is abso', 'Andy Burnham', 'Shadow Health Secretary', null]]);
  });
});

describe('a body of an organisation speaking for it (session 3, tuning half)', () => {
  it('gives a motion the organisation the page last named, and leaves a motion inside a person’s clause alone', () => {
    const text =
      'The BMA is to call on health secretary Andrew Lansley to withdraw the Health and Social Care Bill, after representatives ignored warnings by their leader that it would be impractical.\n\n' +
      "In the first significant policy move at today's Special Representative Meeting, a motion was passed calling on the Government to ‘call a halt to the proposed top down reoganisation of the NHS'.";
    expect(speakers(text)).toEqual([['call a halt to the propo', null, null, 'British Medical Association']]);
    const proposing =
      'But Dr Jacky Davis, Co-Chair of the NHS Consultants Association, argued that the Bill amounted to the final step towards full privatisation of the NHS, which she said would signal the end of the association altogether.\n\n' +
      'Dr Davis, who received two standing ovations in proposing the motion, said: "We\'ve voted to make changes to almost every part of this Bill today, so what\'s at issue here is whether you think the government will listen to us and make all those changes - and if so you\'ve probably got fairies at the bottom of your garden."';
    expect(speakers(proposing).map((s) => s[1])).toEqual(['Jacky Davis']);
  });
});

describe('a capitalised title between an organisation and a name (session 4)', () => {
  it('ends the title at the name, so the name is not lost in one capitalised run (a seed sentence, read as if the corpus knew nobody)', () => {
    const text =
      'Responding to the government’s Integration White Paper ‘Joining up care for people, places and populations’, Nuffield Trust Chief Executive Nigel Edwards said:\n\n' +
      '"This White Paper has admirable aspirations, and rightly recognises the scale of the challenge to integrate services but much of it covers well-trodden ground."';
    const read = extractQuotes(text, { people: [], organisations: [] }).map((q) => [q.text.slice(0, 24), q.speakerName ?? null, q.role ?? null, q.organisationName ?? null]);
    expect(read.at(-1)).toEqual(['This White Paper has adm', 'Nigel Edwards', 'Chief Executive', 'Nuffield Trust']);
    // An honorific is not a title that ends a name ("Professor Nicola Ranger").
    expect(findNameCandidates('RCN General Secretary and Chief Executive, Professor Nicola Ranger, said', 0, 71).map((c) => c.name)).toEqual(['Professor Nicola Ranger']);
  });
});

describe('a speaker must look like a person (session 5, fresh sets in the tuning pool)', () => {
  it('does not take an organisation or a department whose first word is an ordinary adjective or gerund for a person', () => {
    const names = (text: string) => findNameCandidates(text, 0, text.length).map((c) => c.name);
    expect(names('Elsewhere, Young Minds chief executive Emma Thomas called on its supporters to make their views known.')).toEqual(['Emma Thomas']);
    expect(names('Dan Archer, who runs the Sheffield home care company Visiting Angels, said he had taken a different route')).toEqual(['Dan Archer']);
    expect(names('Vicki Nash, Associate Director of Policy, Campaigns and Public Affairs at Mind, said:')).toEqual(['Vicki Nash']);
    // Given names that are also words stay names.
    expect(names('Frank Dobson and Rose Gray said')).toEqual(['Frank Dobson', 'Rose Gray']);
  });
});

describe('a title after a clause about someone else (session 5, fresh sets in the tuning pool)', () => {
  it('reads the title between the clause’s verb and the name, and carries it to later mentions', () => {
    const text =
      'A union leader has accused education secretary Nicky Morgan of “deceiving the public” over school funding cuts.\n\n' +
      'Ms Morgan accused the NUT of “playing politics with children’s futures over the issue of pay and conditions”.';
    const read = extractQuotes(text, { people: [], organisations: [] }).map((q) => [q.speakerName ?? null, q.role ?? null]);
    expect(read.at(-1)).toEqual(['Nicky Morgan', 'education secretary']);
  });
});

describe('organisations around a name (session 5, fresh sets in the tuning pool)', () => {
  const none = { people: [], organisations: [] };
  const read = (text: string, options = {}) =>
    extractQuotes(text, none, options).map((q) => [q.speakerName ?? null, q.role ?? null, q.organisationName ?? null]);

  it('ends an organisation’s name where a person’s name follows it', () => {
    const text =
      'General secretary of the Royal College of Nursing Pat Cullen said on Sunday that measures were in place to keep patients safe.\n\n' +
      '“Deep concerns over patient safety should be aired every day, not only on the day of a strike," she said.';
    expect(read(text)).toEqual([['Pat Cullen', 'General secretary', 'Royal College of Nursing']]);
  });

  it('does not read a clause about someone else as the organisation before a title', () => {
    const text =
      'Union leader Pat Cullen has urged Health Secretary Steve Barclay “not to be disrespectful” to nurses.\n\n' +
      'Mr Barclay described their ongoing industrial action as “premature”, he said.';
    expect(read(text).at(-1)).toEqual(['Steve Barclay', 'Health Secretary', null]);
  });

  it('reads a long portfolio after an organisation’s possessive as the role, with the organisation', () => {
    const text =
      'Barbara Keeley MP, Labour’s Shadow Minister for Social Care and Mental Health, commenting on reports of funding for social care, said: "Reports of any additional money for social care are welcome."';
    // Labour is known to the bundled corpus; the page names it only by its possessive.
    expect(speakers(text).map((q) => q.slice(1, 3))).toEqual([['Barbara Keeley', 'Shadow Minister for Social Care and Mental Health']]);
  });

  it('reads a department after a permanent secretary as the organisation, not as a portfolio', () => {
    const text = 'Sir Chris Wormald, permanent secretary for the Department of Health and Social Care, answered: ‘That’s not how immigration decisions are made’.';
    expect(read(text)).toEqual([['Chris Wormald', 'permanent secretary', 'Department of Health and Social Care']]);
  });

  it('does not give a minister the organisation of the site that reports them', () => {
    const text =
      'Health Secretary Jeremy Hunt has accused the British Medical Association of being "totally irresponsible" over a lengthy industrial dispute.\n\n' +
      'The doctors\' union had spread "misinformation", he told the BBC\'s Andrew Marr Show.';
    const options = { site: { url: 'https://www.bbc.co.uk/news/health-35870000', name: 'BBC' } };
    expect(read(text, options).every(([, , organisation]) => organisation !== 'BBC')).toBe(true);
  });
});

describe('fragments of reported speech whose subject the sentence gives (session 5, fresh sets in the tuning pool)', () => {
  const none = { people: [], organisations: [] };
  const read = (text: string) => extractQuotes(text, none).map((q) => [q.text, q.speakerName ?? null]);

  it('does not read a preposition in the paragraph before as making the subject an object', () => {
    const text =
      'Image caption Junior doctors and their supporters staged a "masked march" protest in London on Saturday\n\n' +
      'Health Secretary Jeremy Hunt has accused the British Medical Association of being "totally irresponsible" over a lengthy industrial dispute.';
    expect(read(text).at(-1)).toEqual(['totally irresponsible', 'Jeremy Hunt']);
  });

  it('gives a fragment in a sentence whose subject is a pronoun to the last person of that gender', () => {
    const text =
      'Shelter chief executive Polly Neate is to leave the homelessness charity next March after more than seven years.\n\n' +
      'Often lamenting the “broken” PRS, she clashed with the NRLA last year when the Renters (Reform) Bill was going through Parliament.';
    expect(read(text)).toEqual([['broken', 'Polly Neate']]);
  });
});

describe('more attribution frames (session 5, fresh sets in the tuning pool)', () => {
  const none = { people: [], organisations: [] };
  const read = (text: string) => extractQuotes(text, none).map((q) => [q.speakerName ?? null, q.role ?? null, q.organisationName ?? null]);

  it('reads a capitalised verb opening the sentence after the closing mark ("” Says X")', () => {
    const text =
      '“We are deeply disappointed to learn that the government is shelving its 10-year cross-government Mental Health and Wellbeing Plan.” ' +
      'Says Mark Winstanley, Chief Executive of Rethink Mental Illness in a statement.';
    expect(read(text)).toEqual([['Mark Winstanley', 'Chief Executive', 'Rethink Mental Illness']]);
  });

  it('reads a role after "is" ("X is chairman of Y:")', () => {
    const text = 'Sir Merrick Cockell is chairman of the Local Government Association: "The introduction of a cap on the maximum amount an individual would pay is welcome."';
    expect(read(text)).toEqual([['Merrick Cockell', 'chairman', 'Local Government Association']]);
  });

  it('keeps one capitalised ordinary word opening a sentence in the role', () => {
    const text = 'Primary school teacher Aaron Connor told the PA news agency that teachers need a more effective way to strike.\n\n“To send out a clear message that we’re serious,” Mr Connor said.';
    expect(read(text)).toEqual([['Aaron Connor', 'Primary school teacher', null]]);
  });
});

describe('roles carried to later mentions (session 5, fresh sets in the tuning pool)', () => {
  const none = { people: [], organisations: [] };
  const read = (text: string) => extractQuotes(text, none).map((q) => [q.speakerName ?? null, q.role ?? null, q.organisationName ?? null]);

  it('keeps the title the page gave with an organisation over a later loose description', () => {
    const text =
      'Kevin Humphrys, CEO of the Oakland Care Group, expressed his concern after the Prime Minister announced on Monday that migrant workers would be banned from taking jobs in care homes.\n' +
      'The care home boss said international hiring had been a "cornerstone of maintaining a stable workforce" in social care.';
    expect(read(text)).toEqual([['Kevin Humphrys', 'CEO', 'Oakland Care Group']]);
  });

  it('gives a plural title before two names joined by "and" to each of them, in the singular', () => {
    const text =
      'Mr Kebede was joined on stage by Labour MPs John McDonnell and Richard Burgon.\n' +
      'Mr McDonnell said: “Labour MPs need to be on every picket line possible.”\n' +
      'Mr Burgon said: “There’s a whole range of wealth taxes on the very super-rich.”';
    expect(read(text)).toEqual([
      ['John McDonnell', 'MP', 'Labour'],
      ['Richard Burgon', 'MP', 'Labour'],
    ]);
  });

  it('does not read a plural set off by a comma before a name as a title', () => {
    const text = 'Asking by Marr about low morale among junior doctors, Mr Hunt said: "One of the reasons for that anger is that they were told the wrong things."';
    expect(read(text)).toEqual([['Mr Hunt', null, null]]);
  });
});

describe('affiliations without a role (session 5, fresh sets in the tuning pool)', () => {
  it('reads "X of the Y charity" and "Y’s Dr X" as the organisation a person is with', () => {
    const text =
      'Tim Gardner of the Health Foundation charity said hospitals “remain under relentless pressure,” while Nuffield Trust’s Dr Becks Fisher warned that the reductions may reflect removals from the list rather than treatment.\n' +
      '“We should be under no illusions that despite delivering more appointments, the NHS is still not meeting patient demand,” Dr Fisher said.';
    const read = extractQuotes(text, { people: [], organisations: [] }).map((q) => [q.speakerName ?? null, q.organisationName ?? null]);
    expect(read).toEqual([
      ['Tim Gardner', 'Health Foundation'],
      ['Becks Fisher', 'Nuffield Trust'],
    ]);
  });

  it('reads "X, who runs the … company Y, said" as the organisation named at the end of the clause', () => {
    const text =
      'Dan Archer, who runs the Sheffield home care company Visiting Angels, said he had taken a different route.\n' +
      '"The solution works," he said.';
    const read = extractQuotes(text, { people: [], organisations: [] }).map((q) => [q.speakerName ?? null, q.organisationName ?? null]);
    expect(read).toEqual([['Dan Archer', 'Visiting Angels']]);
  });
});

describe('an indefinite description the page goes on to name (session 5, fresh sets in the tuning pool)', () => {
  const read = (text: string) => extractQuotes(text, { people: [], organisations: [] }).map((q) => [q.speakerName ?? null, q.role ?? null]);

  it('gives "a health service executive has said" to the next person named whose title holds "executive"', () => {
    const text =
      'The NHS is on track to “deliver the fastest reduction... in waiting times in history,” a health service executive has said.\n\n' +
      'NHS England chief executive Amanda Pritchard told Laura Kuenssberg that the health service has virtually eliminated two-year waits.';
    expect(read(text)).toEqual([['Amanda Pritchard', 'chief executive']]);
  });

  it('leaves an anonymous source and a title nobody later holds unnamed', () => {
    const text = '“We are not going to comment,” a spokesman said.\n\nHealth minister Ben Gummer visited the hospital.';
    expect(read(text)).toEqual([[null, 'spokesman']]);
  });
});

describe('a headline’s title without its article (session 5, fresh sets in the tuning pool)', () => {
  it('reads "Health Secretary says …" as a title the page goes on to name', () => {
    const text =
      'Health Secretary says nurses’ pay demands ‘neither reasonable nor affordable’\n\n' +
      'Steve Barclay is “saddened” by the proposed industrial action by the Royal College of Nursing (RCN).';
    const read = extractQuotes(text, { people: [], organisations: [] }).map((q) => [q.text, q.speakerName ?? null, q.role ?? null]);
    expect(read[0]).toEqual(['neither reasonable nor affordable', 'Steve Barclay', 'Health Secretary']);
  });
});

describe('abstaining where the sentence is not the last speaker’s (session 6, fresh-set-3 in the tuning pool)', () => {
  const read = (text: string) => extractQuotes(text, { people: [], organisations: [] }).map((q) => [q.text, q.speakerName ?? null]);

  it('keeps a quotation inside narrative as a quotation but proposes nobody, where it would have continued the last speaker', () => {
    const text =
      'Ciarán Freeman, an intern nurse and EMT based in Galway, said that six month delays in staff receiving promised pay increases means that younger staff who may go abroad are losing confidence in “change within the HSE”.\n\n' +
      'Emergency motion\n\n' +
      'In an emergency motion, the INMO executive council proposed that, in the absence of “significant progress”on the implementation of a funded workforce plan, members will “commence a ballot of all members for industrial action in mid-September”.';
    expect(read(text)).toEqual([
      ['change within the HSE', 'Ciarán Freeman'],
      ['significant progress', null],
      ['commence a ballot of all members for industrial action in mid-September', null],
    ]);
  });

  it('still continues the last speaker in a sentence with its own speech verb and no other subject ("But said that …")', () => {
    const text =
      "He said 'one or two' hospitals have been under severe pressure, Health Secretary Jeremy Hunt told reporters.\n\n" +
      "But said that overall hospitals are performing 'slightly better' than this time last year.";
    expect(read(text).at(-1)).toEqual(['slightly better', 'Jeremy Hunt']);
  });

  it('reads a plural common noun before the verb as a group the page does not name ("Campaigners said", "Opposition MSPs said")', () => {
    const text =
      'A memo from chief executive Dame Jacqueline Docherty said: “It is absolutely essential we carry this out to make sure our hospitals remain safe.”\n' +
      'Campaigners said it was “scandalous” to make patients go home early.\n\n' +
      'Opposition MSPs said the public had “lost confidence” in the Health Secretary.';
    expect(read(text)).toEqual([
      ['It is absolutely essential we carry this out to make sure our hospitals remain safe.', 'Jacqueline Docherty'],
      ['scandalous', null],
      ['lost confidence', null],
    ]);
  });
});

describe('pronouns after a quotation opening the sentence (session 6)', () => {
  const read = (text: string) => extractQuotes(text, { people: [], organisations: [] }).map((q) => [q.text.slice(0, 24), q.speakerName ?? null]);

  it('reads "“…,” he added" as the subject of the sentence before, not the last name in it (fresh-set-3)', () => {
    const text =
      'Jeremy Hunt has admitted the winter crisis in the NHS is “unsustainable”.\n\n' +
      'Labour shadow health minister Justin Madders said the “startling” comment revealed Hunt was “out of touch with the reality of the NHS winter crisis”.\n\n' +
      '“The truth is that our hardworking NHS staff provide the best possible care in the face of unprecedented pressures and are all that stand between the current crisis and total collapse,” he added.';
    expect(read(text).at(-1)).toEqual(['The truth is that our ha', 'Justin Madders']);
  });

  it('does not take someone after "to the" for the subject (tuning half)', () => {
    const text =
      'In a speech to the National Children and Adult Services Conference, ADASS president James Bullion (pictured) said the reform must be comprehensive and not a “narrow template that simply addresses the funding of residential care for older people”. \n\n' +
      '“We owe it, as a society, to carers, to people in need,” he added.';
    expect(read(text).map((q) => q[1])).toEqual(['James Bullion', 'James Bullion']);
  });
});

describe('a definite title stands for whom the page gave that whole title (session 6, fresh-set-3)', () => {
  it('reads "The Prime Minister said" as Prime Minister Scott Morrison, and "He" after it too, not the Minister named last', () => {
    const text =
      'Prime Minister Scott Morrison called the aged care royal commission’s final report “candid” and "ambitious” but the government has so far “made no decisions” on its findings.\n\n' +
      'Minister for Senior Australians and Aged Care Services Richard Colbeck said: “[There\'s been] a lot of cans being kicked down the road in aged care for 20 years by successive governments.\n\n' +
      '“Now is the opportunity to remedy that.”\n\n' +
      'The Prime Minister said the government would respond to the report "throughout the Budget process".\n\n' +
      'He promised that there would be a considerable shift in the sector from a “constrained system that focuses on funding for providers to a needs-based system that puts the person at the centre”.\n\n' +
      '“No government has done that in the last 30 years,” he said.';
    const read = extractQuotes(text, { people: [], organisations: [] }).map((q) => [q.text.slice(0, 24), q.speakerName ?? null, q.role ?? null]);
    expect(read.slice(-3)).toEqual([
      ['throughout the Budget pr', 'Scott Morrison', 'Prime Minister'],
      ['constrained system that ', 'Scott Morrison', 'Prime Minister'],
      ['No government has done t', 'Scott Morrison', 'Prime Minister'],
    ]);
  });
});

describe('a title varying a name carries to the person’s quotations (session 6, fresh-set-3)', () => {
  it('gives Jeremy Hunt "health secretary" at every quotation once "The health secretary told ITV News" follows his name', () => {
    const text =
      'Jeremy Hunt has admitted the winter crisis in the NHS is “unsustainable”, as figures revealed A&E departments suffered their second-worst month on record in January.\n\n' +
      'The health secretary told ITV News that he realised workers were under huge pressure.\n\n' +
      '“I completely recognise the pressures they have been going through,” he said.';
    const read = extractQuotes(text, { people: [], organisations: [] }).map((q) => [q.text.slice(0, 24), q.speakerName ?? null, q.role ?? null]);
    expect(read).toEqual([
      ['unsustainable', 'Jeremy Hunt', 'health secretary'],
      ['I completely recognise t', 'Jeremy Hunt', 'health secretary'],
    ]);
  });
});

describe('American offices and office-only runs (session 6, fresh-set-3)', () => {
  const read = (text: string) => extractQuotes(text, { people: [], organisations: [] }).map((q) => [q.text.slice(0, 24), q.speakerName ?? null, q.role ?? null]);

  it('reads "Councilman Stephen Levin said" as Stephen Levin, Councilman', () => {
    const text =
      '“We’re in crisis mode, and if we don’t do something over the next 16 months, then we’re going to be left with a situation that’s going to be getting worse, not better — under a new administration,” Councilman Stephen Levin said at yesterday’s hearing.';
    expect(read(text)).toEqual([['We’re in crisis mode, an', 'Stephen Levin', 'Councilman']]);
  });

  it('does not take "Deputy Speaker" for a person, so "said Speaker Adrienne Adams" is Adrienne Adams', () => {
    const text =
      'The investments that Speaker Adrienne Adams, Deputy Speaker and General Welfare Committee Chair Diana Ayala, and Housing & Buildings Committee Chair Pierina Sanchez specifically called for investing more in affordable and supportive housing.\n\n' +
      '“Housing is New Yorkers’ top priority for creating safe and healthy neighborhoods,” said Speaker Adrienne Adams.';
    expect(findNameCandidates(text, 0, text.length).map((c) => c.name)).not.toContain('Deputy Speaker');
    expect(read(text).map((q) => q[1])).toEqual(['Adrienne Adams']);
  });

  it('reads an expert’s title in the apposition ("tax and financial planning expert at Quilter")', () => {
    const text = 'Rachael Griffin, tax and financial planning expert at Quilter, agreed the sector had been “primed for reform” for an ”eternity”.';
    const read = extractQuotes(text, { people: [], organisations: [] }).map((q) => [q.speakerName ?? null, q.role ?? null, q.organisationName ?? null]);
    expect(read[0]).toEqual(['Rachael Griffin', 'tax and financial planning expert', 'Quilter']);
  });

  it('reads "… Midwives Organisation" as an organisation, not a person', () => {
    const text =
      'Minister of Health Simon Harris addressed the Annual Delegate Conference of the Irish Nurses and Midwives Organisation today and said that recruitment and retention plans are an absolute priority for the health service this year.';
    expect(findNameCandidates(text, 0, text.length).map((c) => c.name)).not.toContain('Midwives Organisation');
  });
});

describe('sentence boundaries and fillers around titles (session 6, fresh-set-3)', () => {
  const read = (text: string) => extractQuotes(text, { people: [], organisations: [] }).map((q) => [q.speakerName ?? null, q.role ?? null]);

  it('does not end the sentence at an initial ("said L.A. City Council President Herb Wesson")', () => {
    const text =
      '“Craving protection from the elements is a basic human instinct and as a moral society we have an obligation to provide shelter for the shelterless,” said L.A. City Council President Herb Wesson.';
    expect(read(text)).toEqual([['Herb Wesson', 'Council President']]);
  });

  it('leaves a sentence-opening "Today" out of the title', () => {
    const text = 'Jeremy Hunt rejected the claims.\n\nToday Health Secretary Mr Hunt said the “vast majority of hospitals are actually coping slightly better this year than last year”.';
    expect(read(text)).toEqual([['Jeremy Hunt', 'Health Secretary']]);
  });
});

describe('organisations after a description of the body (session 6, fresh-set-3)', () => {
  const read = (text: string) => extractQuotes(text, { people: [], organisations: [] }).map((q) => [q.speakerName ?? null, q.role ?? null, q.organisationName ?? null]);

  it('reads "chief executive of not-for-profit care provider Anchor Hanover"', () => {
    const text = 'Jane Ashcroft, chief executive of not-for-profit care provider Anchor Hanover, said: “It is exasperating to see government once again fail to set out a plan.”';
    expect(read(text)).toEqual([['Jane Ashcroft', 'chief executive', 'Anchor Hanover']]);
  });

  it('keeps "director of policy at The Health Foundation" whole', () => {
    const text = 'Hugh Alderwick, director of policy at The Health Foundation, said: “The past three decades have seen a long line of reports and reviews.”';
    expect(read(text)).toEqual([['Hugh Alderwick', 'director of policy', 'Health Foundation']]);
  });

  it('keeps the role when an acronym in brackets follows it ("chair of the general practice council (GPC) for England")', () => {
    const text = 'Dr Katie Bramall-Stainer, chair of the general practice council (GPC) for England at the union, said that the GPC felt that “the contract does not bring hope”.';
    expect(read(text)[0]?.[1]).toBe('chair');
  });
});

describe('an Irish minister’s portfolio (session 6, fresh-set-3)', () => {
  it('reads "Minister of Health Leo Varadkar" as the role, not role "Minister" of organisation "Health"', () => {
    const text =
      'Minister of Health Leo Varadkar has welcomed the decision of the INMO to defer industrial action in seven Emergency Departments pending a ballot.\n\n' +
      '“The agreement made this week is a good one for nurses, patients and taxpayers.”';
    const read = extractQuotes(text, { people: [], organisations: [] }).map((q) => [q.speakerName ?? null, q.role ?? null, q.organisationName ?? null]);
    expect(read).toEqual([['Leo Varadkar', 'Minister of Health', null]]);
  });
});

describe('a name inside a longer capitalised run (session 6, fresh-set-3)', () => {
  it('starts the name at a known given name after a title’s capitalised words ("Industrial Relations Albert Murphy")', () => {
    const text =
      'While the Irish Nurses and Midwives Organisation (INMO) has welcomed the announcement from the Department of Health, the Assistant Director of Industrial Relations Albert Murphy said that it doesn’t go far enough.';
    const names = findNameCandidates(text, 0, text.length).map((c) => c.name);
    expect(names).toContain('Albert Murphy');
    expect(names).not.toContain('Industrial Relations Albert Murphy');
  });
});

describe('a headline fragment one person said (session 6)', () => {
  it('gives ‘deeply disappointed’ in the headline to the one person whose quotation holds those words (fresh-set-3)', () => {
    const text =
      'REACTION: Care sector ‘deeply disappointed’ by scrapping of care cost reforms\n\n' +
      'Meanwhile, Vic Rayner, CEO of the National Care Forum (NCF), commented: “We’re deeply disappointed the chancellor has announced that the proposed suite of charging reforms for adult social care will no longer be taken forward.”';
    const read = extractQuotes(text, { people: [], organisations: [] }).map((q) => [q.text.slice(0, 24), q.speakerName ?? null, q.role ?? null]);
    expect(read).toEqual([
      ['deeply disappointed', 'Vic Rayner', 'CEO'],
      ['We’re deeply disappointe', 'Vic Rayner', 'CEO'],
    ]);
  });
});

describe('a headline giving a body words one of its people says below (lede10, fresh-set-12)', () => {
  it('gives the headline’s ‘have to adapt’, which Labour say, to the Labour council leader who says it below (Brighton & Hove Green Party, fresh-12)', () => {
    const text =
      'Labour say consultation on libraries will "have to adapt" to budget decisions\n\n' +
      'In a response, Labour council leader Warren Morgan said the consultation “will have to adapt” to any budget decisions taken in February.';
    expect(speakers(text).map((s) => [s[0], s[1], s[3]])).toEqual([
      ['have to adapt', 'Warren Morgan', 'Labour Party'],
      ['will have to adapt', 'Warren Morgan', 'Labour Party'],
    ]);
  });
});

describe('a generic noun for a body the page named before (session 6, fresh-set-3)', () => {
  it('reads "chief executive of the charity" as the charity named last (the Red Cross), not the page’s first organisation', () => {
    const text =
      'And he told the public to listen to people such as Chris Hopson, the chief executive of NHS Providers.\n\n' +
      "It follows claims on Friday by the Red Cross charity that a 'humanitarian crisis' is gripping the NHS. Prime Minister Theresa May also rejected this claim yesterday.\n\n" +
      "Mike Adamson, chief executive of the charity, said today the phrase was justified by the scale of the 'threat' posed to the nation's health and wellbeing by pressures on the system.";
    const read = extractQuotes(text, { people: [], organisations: [] }).map((q) => [q.text, q.speakerName ?? null, q.organisationName ?? null]);
    expect(read.at(-1)).toEqual(['threat', 'Mike Adamson', 'Red Cross']);
  });
});

describe('a title then whom the person speaks for (session 6, fresh-set-3)', () => {
  it('reads "acute and community care director speaking on behalf of the NHS Confederation"', () => {
    const text =
      'Responding to the latest NHS performance statistics, Rory Deighton, acute and community care director speaking on behalf of the NHS Confederation and NHS Providers, said:\n\n' +
      '“NHS leaders and their teams have pulled out all the stops to drive down waiting lists to ensure even more patients are being seen and treated.”';
    const read = extractQuotes(text, corpus).map((q) => [q.speakerName ?? null, q.role ?? null, q.organisationName ?? null]);
    expect(read).toEqual([['Rory Deighton', 'acute and community care director', 'NHS Confederation']]);
  });
});

describe('roles read from the structure of the sentence (session 7, tuning pool)', () => {
  it('keeps the fullest title the person was introduced with when a later "the minister said" shortens it (fresh)', () => {
    const text =
      'Health minister Ben Gummer told MPs in response to an emergency question that an ‘entirely disproportionate and highly irresponsible’ full walkout would be ‘unprecedented in the history of the National Health Service’.\n\n' +
      'Asked by Labour shadow health secretary Heidi Alexander what the government was doing to prevent the strike, the minister said the government ‘could not have done more in its efforts to avoid industrial action’.';
    const read = extractQuotes(text, { people: [], organisations: [] }).map((q) => [q.speakerName ?? null, q.role ?? null]);
    expect(read.at(-1)).toEqual(['Ben Gummer', 'Health minister']);
  });

  it('keeps the department a director heads in the title, not as an organisation (fresh-3)', () => {
    const text =
      'While the Irish Nurses and Midwives Organisation (INMO) has welcomed the announcement from the Department of Health, the Assistant Director of Industrial Relations Albert Murphy said that it doesn’t go far enough, and that a fully funded safe staffing plan “underpinned by legislation” is desperately needed.';
    const read = extractQuotes(text, { people: [], organisations: [] }).map((q) => [q.text.slice(0, 24), q.speakerName ?? null, q.role ?? null, q.organisationName ?? null]);
    expect(read).toEqual([['underpinned by legislati', 'Albert Murphy', 'Assistant Director of Industrial Relations', 'Irish Nurses and Midwives Organisation']]);
  });

  it('keeps an acronym of the words before it in the title, and reads no organisation in it (fresh-3)', () => {
    const text =
      'Mr Hancock was confronted with the question from an intensive care unit (ICU) nurse Dave Carr on Good Morning Britain – prompting an awkward silence from the cabinet minister.\n\n' +
      'Mr Carr, who works in a London hospital, asked: “How can he seriously look any health worker in the face and tell us he is stewarding the NHS and managing this pandemic properly?”';
    expect(speakers(text)).toEqual([['How can he seriously loo', 'Dave Carr', 'intensive care unit (ICU) nurse', null]]);
  });

  it('reads an apposition opening with "an" as the person’s description, without where they are based (fresh-3)', () => {
    const text =
      'Ciarán Freeman, an intern nurse and EMT based in Galway, said that six month delays in staff receiving promised pay increases “change within the HSE” is needed.';
    const [read] = extractQuotes(text, { people: [], organisations: [] });
    expect([read?.speakerName, read?.role]).toEqual(['Ciarán Freeman', 'intern nurse and EMT']);
  });

  it('runs a title’s department list past its commas to the organisation after it (fresh)', () => {
    const text =
      'Responding to the announcement, Vicki Nash, Associate Director of Policy, Campaigns and Public Affairs at Mind, said: “The UK government’s announcement today of Our Plan for Patients is a missed opportunity.”';
    const [read] = extractQuotes(text, { people: [], organisations: [] });
    expect([read?.role, read?.organisationName]).toEqual(['Associate Director of Policy, Campaigns and Public Affairs', 'Mind']);
  });

  it('gives no speaker the organisation of a site they speak to (fresh-2, lbc.co.uk)', () => {
    const text =
      'Speaking to LBC, Professor Martin Green rejected the claim as he warned of the devastating impact on the care industry.\n' +
      'When asked if this will see homes close, Professor Green said: "Yes, and we are already seeing that."';
    const [read] = extractQuotes(text, { people: [], organisations: [{ id: 'lbc', name: 'LBC', aliases: [] }] }, { site: { url: 'https://www.lbc.co.uk/opinion/views/care-chiefs-slam-starmer/' } });
    expect([read?.speakerName, read?.organisationName]).toEqual(['Martin Green', undefined]);
  });

  it('drops where an office is held from its title: “Scotland’s Health Secretary” is the Health Secretary (fresh-3)', () => {
    const text =
      'Scotland’s Health Secretary is to meet an NHS watchdog, which apologised to consultants over its handling of patient safety concerns, to find out what went wrong.\n\n' +
      'Neil Gray said it is of “critical importance” that medical professionals are able to raise such concerns, and the way the case was handled was “not acceptable”.\n\n' +
      'Scotland’s Health Secretary Neil Gray was asked about the situation in an interview on BBC Radio Scotland’s Good Morning Scotland programme.';
    const read = extractQuotes(text, { people: [], organisations: [] }).map((q) => [q.speakerName ?? null, q.role ?? null]);
    expect(read).toEqual([
      ['Neil Gray', 'Health Secretary'],
      ['Neil Gray', 'Health Secretary'],
    ]);
  });

  it('takes no role across a quotation mark or a speech verb (fresh-3 headline)', () => {
    const text = 'Matt Hancock asked by ICU nurse how he ‘can look any NHS worker in the face’\n\n\n Critical care nurse challenges minister and says Boris Johnson ‘really isn’t doing a good job’';
    const roles = extractQuotes(text, { people: [], organisations: [] }).map((q) => q.role ?? null);
    expect(roles).not.toContain('care nurse challenges minister and says');
    expect(roles.every((r) => r === null || !/says|[‘’]/.test(r))).toBe(true);
  });
});

describe('a hard-wrapped page (verification’s unseen-3, tuning data)', () => {
  it('joins a wrapped sentence before a capital, so the name reaches “said:”, and keeps the page’s words', () => {
    // Parliament Today's release of the LGA's response, wrapped as published.
    const text = [
      'Responding to the Public Accounts Committee’s report on Health',
      'and Social Care integration, Cllr Ian Hudspeth, Chairman of the',
      'Local Government Association’s Community Wellbeing Board, said:',
      '“Councils are determined to do all they can to ensure that',
      'exceptional, joined up, person-centred care and support is',
      'delivered in their communities, but with adult social care now',
      'consuming almost 40 per cent of council budgets and facing a',
      'shortfall in funding of £3.5 billion by 2025.',
    ].join('\n');
    const quotes = extractQuotes(text, corpus);
    expect(quotes).toHaveLength(1);
    const quote = quotes[0]!;
    expect(quote).toMatchObject({ speakerName: 'Ian Hudspeth', role: 'Chairman', organisationName: 'Local Government Association' });
    expect(quote.text).toBe(text.slice(quote.start, quote.end));
    expect(quote.text).toContain('that\nexceptional');
  });
});

describe('a title after people are named (verification’s unseen-3, tuning data)', () => {
  // LabourList on the 2021 white paper, from its first paragraph naming anyone.
  const page = readFileSync(new URL('../../test-support/verify/unseen-3/pages/labourlist-ashworth-timing.txt', import.meta.url), 'utf8');
  const paragraphs = page.split('\n\n');
  const from = (opening: string) => paragraphs.slice(paragraphs.findIndex((p) => p.startsWith(opening))).join('\n\n');
  const titled = (text: string) => extractQuotes(text, { people: [], organisations: [] }).find((q) => q.text.startsWith('Given the Prime Minister'));

  it('gives “The Shadow Secretary added:” to the previous speaker going on, not to the person the page names after it', () => {
    expect(titled(from('Jonathan Ashworth has challenged'))).toMatchObject({ speakerName: 'Jonathan Ashworth', role: 'Shadow Secretary', confidence: ATTRIBUTION_CONFIDENCE.continuation });
    // Not a spokesman, who speaks for the organisation.
    expect(titled(from('Jonathan Ashworth has challenged').replace('The Shadow Secretary added', 'The Labour spokesman added'))).toMatchObject({ role: 'spokesman', organisationName: 'Labour' });
    expect(titled(from('Jonathan Ashworth has challenged').replace('The Shadow Secretary added', 'The Labour spokesman added'))?.speakerName).toBeUndefined();
  });

  it('still gives a lede’s title, on a page naming nobody before it, to the person named after it', () => {
    expect(titled(from('The Shadow Secretary added'))?.speakerName).toBe('Boris Johnson');
  });
});

describe('an organisation as the subject of a sentence quoting it (tuning pool, fresh-2 and fresh-3)', () => {
  it('gives a quotation to the organisation opening its sentence, whatever the verb (Schools Week)', () => {
    const text =
      'The NAHT school leaders’ union will explore “legal and industrial routes” to secure more radical Ofsted reform and “safeguard leaders’ lives”.';
    expect(speakers(text)).toEqual([
      ['legal and industrial rou', null, null, 'NAHT'],
      ['safeguard leaders’ lives', null, null, 'NAHT'],
    ]);
    expect(extractQuotes(text, corpus)[0]?.confidence).toBe(ATTRIBUTION_CONFIDENCE.sameSentence);
  });

  it('reads the organisation after a phrase set off by a comma (TheJournal.ie)', () => {
    const text =
      'In an emergency motion, the INMO executive council proposed that, in the absence of “significant progress” on the implementation of a funded workforce plan, members will “commence a ballot of all members for industrial action in mid-September”.';
    expect(speakers(text).map((s) => s[3])).toEqual(['INMO', 'INMO']);
  });

  it('leaves the quotation to nobody when the organisation is not the subject (“the NAHT’s executive” is an object)', () => {
    expect(speakers('The motion instructed the NAHT’s executive to “explore all campaign, legal and industrial routes to secure necessary changes”.')).toEqual([
      ['explore all campaign, le', null, null, null],
    ]);
  });
});

describe('the kind of body a title names (tuning pool, fresh-3)', () => {
  it('holds a Councilman at the council the page names (Village Voice)', () => {
    const text =
      'At a committee meeting held yesterday, City Council members told the Department of Homeless Services to start coming up with better solutions.\n\n' +
      '“We’re in crisis mode, and if we don’t do something over the next 16 months, then we’re going to be left with a situation that’s going to be getting worse,” Councilman Stephen Levin said at yesterday’s hearing.';
    expect(speakers(text)).toEqual([['We’re in crisis mode, an', 'Stephen Levin', 'Councilman', 'City Council']]);
  });

  it('holds a trust spokesman at the trust the page names (Evening Standard)', () => {
    const text =
      'The Standard can reveal that bosses at London North West Healthcare NHS Trust last Thursday pleaded with staff to discharge an extra 30 per cent of patients.\n\n' +
      'But a trust spokesman said it came close to the target of 130 discharges after “staff rose to the challenge”.';
    expect(speakers(text)).toEqual([['staff rose to the challe', null, 'trust spokesman', 'London North West Healthcare NHS Trust']]);
  });

  it('holds a bare spokesman at the body the page named just before (Tes, fresh-8)', () => {
    const text =
      "Although similar calls by EIS conferences have been ignored by the union's leadership in the past, delegates at this year's annual general meeting in Perth voted overwhelmingly in favour of mounting a campaign.\n\n" +
      'A spokesman said: "This indicates that Scottish teachers feel let down. Promises have been made and the progress has been limited."';
    expect(speakers(text)).toEqual([['This indicates that Scot', null, 'spokesman', 'EIS']]);
  });
});

describe('organisations and titles in fresh-4 (in the tuning pool since stop 16)', () => {
  it('keeps whole an organisation’s name the page spells out for its acronym (CFNU)', () => {
    const text =
      '“There are solutions to the crisis plaguing our health care systems,” explained Linda Silas, President of the Canadian Federation of Nurses Unions (CFNU).';
    expect(speakers(text)).toEqual([['There are solutions to t', 'Linda Silas', 'President', 'Canadian Federation of Nurses Unions']]);
  });

  it('ends a title where what its holder is responsible for begins (General & Medical)', () => {
    const text =
      'Anne Rainsberry, NHS England director responsible for overseeing preparations in advance of the strike, issued an apology to all patients who had been affected. ' +
      'She adds: "NHS trusts are now working hard to reschedule cancelled tests, appointments and operations as soon as is possible."';
    expect(speakers(text)).toEqual([['NHS trusts are now worki', 'Anne Rainsberry', 'director', 'NHS England']]);
  });

  it('reads each title in a list of people as its own holder’s (PM Transcripts)', () => {
    const text =
      'Prime Minister Julia Gillard, Minister for Health Nicola Roxon and Minister for Regional Australia Simon Crean today announced that applications for the Regional Priority Round of the Health and Hospitals Fund were now open.\n' +
      '"Regional Australia deserves and is getting better health services under the Gillard Government," Mr Crean said.\n' +
      'Ms Roxon said she had consulted with the Independent members of Parliament and the Regional Development Minister to ensure the new funding round is targeted to regional healthcare needs and that projects with local community support are prioritised.\n' +
      '"The regional priority round will build on the $3.2 billion allocated in the 2009-10 Federal Budget to deliver a world-class national cancer care system, upgrade the hospital network and e';
    expect(speakers(text).map((s) => s.slice(1, 3))).toEqual([
      ['Simon Crean', 'Minister for Regional Australia'],
      ['Nicola Roxon', 'Minister for Health'],
    ]);
  });

  it('gives a title after “its” the organisation just named, and reads reported speech before the verbs of what it reports (Nursing Times)', () => {
    const text =
      'Speaking at the Royal College of Nursing’s annual congress in Liverpool today, its chief executive and general secretary warned that many trust chief nurses had told the union that financial pressures meant they were unable to make the best decisions for patients.\n\n' +
      '“How can it be, five years after the Francis’ report that we’re still trying to make sure we have the right numbers of nurses?”\n\n' +
      'Janet Davies\n\n' +
      'Janet Davies referrenced a report published by the RCN today, which revealed 40,000 nurse posts in England alone were now vacant – almost double the figure in 2013.';
    expect(speakers(text)).toEqual([['How can it be, five year', 'Janet Davies', 'chief executive and general secretary', 'Royal College of Nursing']]);
  });

  it('reads a paragraph of reported speech before continuing the previous speaker (GP Online, fresh-3)', () => {
    const text =
      'Dr Hughes said he would support a formal ballot on industrial action - a move backed by others on social media. Bolton GP Dr Mark Dziobon wrote on Twitter: \'One word - ballot.\'\n\n' +
      'A joint statement from GP Survival and Doctors Association UK stopped short of calling for a ballot on industrial action, but condemned the \'authoritarian\' approach taken by NHS England.\n\n' +
      '\'Authoritarian\' approach';
    expect(speakers(text).map((s) => s[1])).toEqual(['Mark Dziobon', null, null]);
  });

  it('leaves an adverb before the speech verb out of the title (Left Foot Forward)', () => {
    const text =
      'Heath Secretary Victoria Atkins was roasted in an interview this morning after she was unable to name a single NHS trust where waiting lists had been reduced, despite insisting they had.\n\n' +
      'Again, Atkins was unable to name a NHS trust as an example of where waiting list targets were being met.\n\n' +
      'The Health Secretary instead said: “What I’';
    expect(speakers(text)).toEqual([['What I’', 'Victoria Atkins', 'Health Secretary', null]]);
  });

  it('takes quoted words naming a survey or a report for a name, not a quotation (HFMA, Nuffield Trust)', () => {
    expect(speakers('Pat Cullen lAs it opened its annual conference in Glasgow, the union published the results of its ‘last shift\' survey, which asks nurses about staffing levels.')).toEqual([]);
    expect(speakers("Nuffield Trust responds to the Health and Social Care Committee's report on 'The future of general practice'.")).toEqual([]);
  });

  it('prefers an organisation the page names as one to a capitalised phrase after “at” (NASUWT, fresh-2)', () => {
    const text =
      'Matt Wrack Acting General Secretary at Durham Miners Gala 2025 BANNER.jpg\n\n' +
      'NASUWT Acting General Secretary Matt Wrack said it was teachers who spotted children going hungry, who bought school resources form their own pockets and who picked up the pieces where services had been stripped away.\n\n' +
      'Mr Wrack said the pay rises awarded to teachers, including the 5.5% given to teachers last year by the incoming Labour Government had “certainly improved things”';
    expect(speakers(text)).toEqual([['certainly improved thing', 'Matt Wrack', 'Acting General Secretary', 'NASUWT']]);
  });

  it('leaves to a group what a group of people said after one person was quoted (The Hawk)', () => {
    const text =
      'Minister for Health Greg Hunt has rejected a plea from state and territory governments for more money to help the health system survive strains imposed by Australia\'s severe wave of coronavirus infections, reports Xinhua news agency.\n\n' +
      '"The Australian government would warmly welcome it if states and territories were to match the increase in Australian government funding since 2012-2013," he wrote, according to local media The Age.\n\n' +
      'All eight state and territory health ministers wrote to Hunt on September 30 calling for an immediate injection of "crisis funding", warning that hospitals were facing "unrelenting strain due to the current Covid-19 demands".\n\n' +
      '"We are entering the most critical phase of the Covid-19 pandemic response for our hospital systems," they wrote.';
    expect(speakers(text).map((s) => s[1])).toEqual(['Greg Hunt', null, null, null]);
  });

  it('continues the speaker after connectives opening the sentence (UNISON)', () => {
    const text =
      'Kevin Jackson, for the service group executive speaker, recalled that when he started work in the sector, “I noticed something was wrong with my terms and conditions – I earned less than the other staff members.”\n\n' +
      'He discovered, he recalled, that “I was on a direct contract. My colleagues were on NHS or local government terms and conditions. I became a steward.”\n\n' +
      'And now, “in my 20th year in work, we are promised another green paper to make the social care system better.\n\n' +
      '“But the only people who will deliver for social care workers are this union.”';
    expect(speakers(text).map((s) => s[1])).toEqual(['Kevin Jackson', 'Kevin Jackson', 'Kevin Jackson']);
  });

  it('continues a speaker across an embed naming their own organisation, then gives the next statement to the organisation noting it (Mental Podcast, fresh)', () => {
    const text =
      '“We are deeply disappointed to learn that the government is shelving its 10-year cross-government Mental Health and Wellbeing Plan.” Says Mark Winstanley, Chief Executive of Rethink Mental Illness in a statement.\n\n' +
      'View this post on Instagram\n\n' +
      'A post shared by Rethink Mental Illness (@rethinkmentalillness)\n\n' +
      '“This decision signifies a failure to prioritise the nation’s mental health and challenge the causes of mental illness at the very moment that demand for support is soaring.\n\n' +
      'The Mental Health Foundation has also released a statement, noting their disappointment.\n\n' +
      '“Coming out of a pandemic, and in the midst of the cost-of-living crisis, this is not the time for the Government to be diluting its';
    expect(speakers(text)).toEqual([
      ['We are deeply disappoint', 'Mark Winstanley', 'Chief Executive', 'Rethink Mental Illness'],
      ['This decision signifies ', 'Mark Winstanley', 'Chief Executive', 'Rethink Mental Illness'],
      ['Coming out of a pandemic', null, null, 'Mental Health Foundation'],
    ]);
  });

  it('reads who made the claims after “claims by” (Daily Mail, fresh-3)', () => {
    const text =
      "Health Secretary Jeremy Hunt, pictured on Sky News today, will make an emergency statement on the NHS in the Commons this afternoon but rejected claims by the Red Cross that it is facing a 'humanitarian crisis'";
    expect(speakers(text).map((s) => [s[1], s[3]])).toEqual([[null, 'Red Cross']]);
  });

  it('gives a headline fragment to the one person who says it below, over a continuation (General & Medical)', () => {
    const text =
      'Anne Rainsberry, NHS England director responsible for overseeing preparations in advance of the strike, issued an apology to all patients who had been affected. ' +
      'She adds: "NHS trusts are now working hard to reschedule cancelled tests, appointments and operations as soon as is possible."\n\n' +
      '“Shambolic” approach\n\n' +
      'Shadow health secretary Heidi Alexander describes the government\'s approach to the strike as "utterly shambolic".';
    expect(speakers(text).map((s) => s[1])).toEqual(['Anne Rainsberry', 'Heidi Alexander', 'Heidi Alexander']);
    // Nothing of the continuation's guess (Anne Rainsberry's NHS England) stays with the fragment given to Heidi Alexander.
    expect(speakers(text)[1]).toEqual(['Shambolic', 'Heidi Alexander', 'Shadow health secretary', null]);
  });

  it('takes no organisation from a time of day (Property118)', () => {
    const text =
      '0:02 AM, 15th December 2023, About 5 months ago 31\n\n' +
      'The charity’s chief executive, Polly Neate, said: “Homelessness is on nobody’s Christmas list, but 309,000 people will spend this time of year in a tiny hostel room or freezing in a doorway.';
    expect(speakers(text)).toEqual([['Homelessness is on nobod', 'Polly Neate', 'chief executive', null]]);
  });
});

describe('titles in fresh-5 (in the tuning pool since stop 17)', () => {
  it('takes the capacity after “as” for the title, not the clause before it (BMA, PharmaTimes)', () => {
    const headline =
      '‘Let’s build general practice back better’: Dr Farah Jameel delivers inaugural speech as chair of BMA’s England GP committee\n\n' +
      'Addressing the Annual Conference of England LMC2 representatives, being held virtually, Dr Jameel, a GP in Camden, north London, said:\n\n' +
      '“When this country and the world faced the biggest public health crisis of a generation, against all odds, we dug deep, ';
    expect(speakers(headline).map((s) => [s[1], s[2]])).toEqual([
      ['Farah Jameel', 'chair'],
      ['Farah Jameel', 'chair'],
    ]);
    const votedIn =
      'Dr Laurence Buckman has been voted in as the new chairman of the British Medical Association’s GPs’ committee, following the departure of Dr Hamish Meldrum, who was recently sworn in as chairman of the BMA council.\n\n' +
      'Commenting on his new position, Buckman said: “I feel honoured and determined. I want to give GPs back hope. We all remember what made us wa';
    expect(speakers(votedIn)).toEqual([['I feel honoured and dete', 'Laurence Buckman', 'chairman', 'British Medical Association']]);
  });

  it('varies a name with the title of a sentence opening with a connective (“However, the education secretary …”, TES)', () => {
    const text =
      'Justine Greening has said the government will stand by its manifesto pledge that no school will lose out under its national funding formula.\n\n' +
      'However, the education secretary failed to confirm how much money schools in England will receive in total over this Parliament.\n\n' +
      'Speaking this afternoon during the House of Commons debate on last week’s Queen’s Speech, Ms Greening said: “We’re going to make sure that no school has its budget cut as a result of the new formula."';
    expect(speakers(text)).toEqual([['We’re going to make sure', 'Justine Greening', 'education secretary', null]]);
  });

  it('keeps capitalised words “and” joins to a title in the title, not as an organisation (IBTimes)', () => {
    const text =
      'Communities and local government minister Stephen Williams has been left red-faced after refusing to knowledge the housing crisis as a contributing factor behind the "unprecedented" rise in homelessness in Britain.\n\n' +
      'Williams said more than half of rough sleepers in London were not British and were unable to get work in this country – adding homelessness has "nothing to do with local government services".';
    // The first quotation is narration's scare quote (labelled with no speaker): only the second is read here.
    expect(speakers(text).at(-1)).toEqual(['nothing to do with local', 'Stephen Williams', 'Communities and local government minister', null]);
  });

  it('gives a lede’s title without an organisation to the first person the page names, over a later “The minister” (AOL)', () => {
    const text =
      'The new education secretary has acknowledged that funding in England\'s schools is "tight", as he came under pressure from headteachers over budgets.\n\n' +
      'Damian Hinds told the Association of School and College Leaders (ASCL) annual conference in Birmingham he understood why money is such an important topic for schools, adding it is "vital" that the system is properly resourced.\n\n' +
      'The minister was met by mutterings of discontent from delegates as he addressed the topic, which were quickly shut down by the union\'s general secretary, Geoff Barton.\n\n' +
      '"I understand why that\'s people\'s number one issue," Mr Hinds told the conference.';
    expect(speakers(text).map((s) => [s[1], s[2]])).toEqual([
      ['Damian Hinds', 'education secretary'],
      ['Damian Hinds', 'education secretary'],
      ['Damian Hinds', 'education secretary'],
    ]);
  });

  it('reads a lede opening with an organisation’s title, after a stored page’s date line, as the next person’s (The Independent)', () => {
    const text =
      ' date 2022-12-18 Unison’s head of health has warned that it’s “inevitible” ambulance strikes will go ahead next week.\n\n' +
      'Sara Gorton accused the government of “stubbornly ignoring” warnings of a “staffing crisis” in the NHS, and has previously expressed concern that the military won’t be sufficiently trained to deal with issues that medics do.\n\n' +
      '“It’s a failure on the government’s part to put in the urgent measures that are needed to stop people leaving”, she said on BBC Breakfast.';
    expect(speakers(text).map((s) => [s[1], s[2], s[3]]).slice(-3)).toEqual([
      ['Sara Gorton', 'head of health', 'Unison'],
      ['Sara Gorton', 'head of health', 'Unison'],
      ['Sara Gorton', 'head of health', 'Unison'],
    ]);
  });

  it('replaces a lede’s description of someone with the title given beside their name (Nursing in Practice)', () => {
    const text =
      'The head of the Royal College of Nursing (RCN) has called for a ‘seismic shift’ that will bring about fair pay in the profession.\n' +
      'In a message to RCN members, general secretary and chief executive Pat Cullen urged: ‘Let’s open the biggest public and political conversation about the value of nursing and tell the sceptics why nursing is unique, why patients need us and how we know why we deserve better.’\n' +
      'Ms Cullen said: ‘Nursing staff are safety critical. Services should not run without us. But today’s poor understanding of our value leaves record jobs unfilled.’';
    expect(speakers(text)).toEqual([
      ['seismic shift', 'Pat Cullen', 'head', 'Royal College of Nursing'],
      ['Let’s open the biggest p', 'Pat Cullen', 'general secretary and chief executive', 'Royal College of Nursing'],
      ['Nursing staff are safety', 'Pat Cullen', 'general secretary and chief executive', 'Royal College of Nursing'],
    ]);
  });

  it('gives a title to the person its sentence names in apposition, not to the previous sentence’s subject (TES)', () => {
    const text =
      'The campaign group Worth Less? will deliver a letter to chancellor Philip Hammond urging him to reverse real-terms cuts and put an extra £400m to support SEND and high-needs pupils.\n' +
      'The general secretary of the NAHT heads’ union, Paul Whiteman, has issued a rallying call ahead of today’s event.\n' +
      'He said: “School funding is the public service cash crisis that the government refuses to deal with. It’s still a doorst';
    expect(speakers(text)).toEqual([['School funding is the pu', 'Paul Whiteman', 'general secretary', 'NAHT']]);
  });

  it('reads a description holding a possessive (“the PM’s official spokesperson said”) as an unnamed source, not the previous speaker (Business London Press)', () => {
    const text =
      'Downing Street said the latest strike announcement by ambulance workers is “deeply concerning”.\n' +
      '“We are putting in place significant mitigations that have previously helped reduce some of the impact from these strikes,” the PM’s official spokesperson said.\n' +
      '“But first and foremost we would ask the unions to reconsider that approach and continue discussions.”';
    expect(speakers(text).map((s) => [s[1], s[2]])).toEqual([
      [null, null],
      [null, 'official spokesperson'],
      [null, 'official spokesperson'],
    ]);
  });

  it('takes a byline’s writer for no one the page quotes or describes (Management in Practice)', () => {
    const text =
      'by Sofia Lind\n' +
      '19 November 2021\n' +
      '\n' +
      'Share this article\n' +
      '\n' +
      'The newly-elected chair of BMA England’s GP Committee has said she wants to ‘reset’ its relationship with the Government, in her first comment following the win.\n' +
      '\n' +
      'Dr Jameel, who became the first female to be elected in the post today, said the change in leadership was an ‘opportunity’ that needed to be recognised but admitted ‘difficulties’ lie ahead.';
    expect(speakers(text)[0]).toEqual(['reset', 'Dr Jameel', 'chair', 'British Medical Association']);
  });

  it('reads an ordinary word opening a title as an organisation when the page capitalises it inside sentences (“Unite general secretary”, Western Telegraph)', () => {
    const text =
      'OVER 1,000 Unite union members in the Welsh Ambulance Service will commence the first of two 24-hour strikes tomorrow (Thursday, January 19).\n\n' +
      'OVER 1,000 Unite union members in the Welsh Ambulance Service will commence the first of two 24-hour strikes tomorrow (Thursday, January 19).\n\n' +
      'Unite general secretary Sharon Graham said: “Unite stands 100 percent behind our Welsh Ambulance members who are striking to save our NHS. These workers are on the NHS frontline every day, saving lives and doing everything they can to protect the public."';
    expect(speakers(text)).toEqual([['Unite stands 100 percent', 'Sharon Graham', 'general secretary', 'Unite']]);
  });

  it('keeps whole an organisation the page spells out for its acronym though it holds a role noun (“National Association of Head Teachers (NAHT)”, Yorkshire Post)', () => {
    const text = '“They are not the usual crowd to march on Westminster,” said Andy Mellor, president of the National Association of Head Teachers (NAHT). “This is headteachers mobilising themselves - it’s a shame it’s come to this.”';
    expect(speakers(text)).toEqual([
      ['They are not the usual c', 'Andy Mellor', 'president', 'National Association of Head Teachers'],
      ['This is headteachers mob', 'Andy Mellor', 'president', 'National Association of Head Teachers'],
    ]);
  });

  it('ends the capacity after “as” at its comma (“Dr Dean Eggitt as a GPC executive team member, who resigned …”, Pulse)', () => {
    const text = 'He succeeds Doncaster GP Dr Dean Eggitt as a GPC executive team member, who resigned in March amid the fallout around the new GP contract updates, saying his ‘desire to have a normal family life’ is incompatible with the role.';
    expect(speakers(text)).toEqual([['desire to have a normal ', 'Dean Eggitt', 'executive team member', 'GPC']]);
  });

  it('reads who made the comments after “comments made by”, past their lower-case title (RCNi)', () => {
    const text =
      'The government must have an honest discussion about nursing pay after the COVID-19 pandemic, the RCN has urged Boris Johnson.\n\n' +
      'College leaders have written to the prime minister amid anger over comments made by health and social care secretary Matt Hancock that nursing staff have received a \'significant pay rise\' in recent years.';
    expect(speakers(text)).toEqual([['significant pay rise', 'Matt Hancock', 'health and social care secretary', null]]);
  });

  it('takes a name the page says is a charity for an organisation wherever it stands (“Shelter is a campaigning charity”, Property118, fresh-4)', () => {
    const text =
      'At least 309,000 people in England will spend Christmas without a home, including nearly 140,000 children – which Shelter says is an ‘outrage’ as it launches a new fundraising drive.\n\n' +
      'Shelter is a campaigning charity offering advice and information to tenants and pushes for policy changes by the government.\n\n' +
      'The charity’s chief executive, Polly Neate, said: “Homelessness is on nobody’s Christmas list, but 309,000 people will spend this time of year in a tiny hostel room or freezing in a doorway.';
    expect(speakers(text)).toEqual([
      ['outrage', null, null, 'Shelter'],
      ['Homelessness is on nobod', 'Polly Neate', 'chief executive', 'Shelter'],
    ]);
  });

  it('leaves where someone works out of the description after their name (“Dr Jameel, a GP in Camden, north London, said”, BMA)', () => {
    const text =
      'Addressing the Annual Conference of England LMC2 representatives, being held virtually, Dr Jameel, a GP in Camden, north London, said:\n\n' +
      '“When this country and the world faced the biggest public health crisis of a generation, against all odds, we dug deep, we rose to the chall';
    expect(speakers(text)).toEqual([['When this country and th', 'Dr Jameel', 'GP', null]]);
  });

  it('credits no one with words someone “was urged” to say, the speech verb being passive with no agent (HuffPost, fresh-3)', () => {
    const text =
      'Jeremy Hunt Admits NHS Winter Crisis Is \'Unsustainable\'\n\n' +
      'The government was urged to \'wake up\'.';
    expect(speakers(text).map((s) => [s[0], s[1]])).toEqual([
      ['Unsustainable', 'Jeremy Hunt'],
      ['wake up', null],
    ]);
  });

  it('gives a quotation to the organisation closing its sentence with a speech verb (“…, the Association of … has said.”, LGC)', () => {
    const text = '£1bn in "emergency" Government funding for councils should be included in the Budget to prevent an immediate social care crisis, the Association of Directors of Adult Social Services has said.';
    expect(speakers(text)).toEqual([['emergency', null, null, 'Association of Directors of Adult Social Services']]);
  });

  it('gives words reported as an organisation’s announcement to that organisation, not to who responds to it (WiredGov)', () => {
    const text =
      'Responding to NHSEI’s announcement that the longest waits for care have been ‘virtually eliminated’ for the July deadline, NHS Confederation deputy chief executive Danny Mortimer said:\n' +
      '“NHS teams across the country have been working exceptionally hard despite unprecedented pressures from growing demand for health care and declining c';
    expect(speakers(text)).toEqual([
      ['virtually eliminated', null, null, 'NHS England'],
      ['NHS teams across the cou', 'Danny Mortimer', 'deputy chief executive', 'NHS Confederation'],
    ]);
  });
});

describe('stop 18, from fresh-6 (then in the pool)', () => {
  it('reads a newspaper’s drop capital as the word it is, not an acronym, and a body named for a list of places whole (Bournemouth Echo)', () => {
    const text =
      'CARE home bosses have warned that the sector faces a crisis if funding from local authorities is not increased.\n\n' +
      'The Bournemouth, Dorset and Poole Care Providers Federation, an umbrella organisation representing 105 homes across the county, says the fees paid by councils to private homes do not meet the costs of providing care.\n\n' +
      '"Recent care home and care agency closures are due to the low fees paid by local authorities," said federation president Brian Westlake.';
    expect(speakers(text)).toEqual([
      ['Recent care home and car', 'Brian Westlake', 'federation president', 'Bournemouth, Dorset and Poole Care Providers Federation'],
    ]);
  });

  it('keeps a comma inside an organisation’s name in the title before a name (HSJ)', () => {
    const text =
      'Barking, Havering and Redbridge University Hospitals Trust CEO Matthew Trainer added: “One of the things I talk a lot about with my team is that it’s entirely possible that we’re underfunded.”';
    expect(speakers(text)).toEqual([
      ['One of the things I talk', 'Matthew Trainer', 'CEO', 'Barking, Havering and Redbridge University Hospitals Trust'],
    ]);
  });

  it('keeps the body a lede’s title named when the title given with the name has none (Asian Lite)', () => {
    const text =
      'The nursing union will now ballot for further strike action later this month…reports Asian Lite News\n' +
      'The leader of the Royal College of Nursing (RCN) has called on the health secretary to restart pay negotiations with a proposed rise in double digits.\n' +
      'Speaking to the Times, union boss Pat Cullen praised her “courageous” members and urged ministers to reopen talks.';
    const site = { url: 'https://asianlite.com/2023/uk-news/nursing-union-calls-for-pay-rise-to-restart-talks/' };
    expect(extractQuotes(text, corpus, { site }).map((q) => [q.speakerName, q.role, q.organisationName])).toEqual([
      ['Pat Cullen', 'union boss', 'Royal College of Nursing'],
    ]);
  });

  it('leaves a connective opening the sentence out of the organisation’s name (“But National Party leader”, Newshub)', () => {
    const text = 'But National Party leader Simon Bridges says it\'s more than "a mechanic, a hairdresser, a lawyer" will be getting this year.';
    expect(speakers(text)).toEqual([['a mechanic, a hairdresse', 'Simon Bridges', 'leader', 'National Party']]);
  });

  it('reads a superintendent as an office (“superintendent of W Phillips Chemist, a pharmacy group”, The Pharmacist)', () => {
    const text =
      'Sandeep Dhumi, superintendent of W Phillips Chemist, a pharmacy group based across the West Midlands, told The Pharmacist at the event that the Midlands had seen 56 closures since 2019, adding: ‘It will not be long before that doubles if the rate of decline continues.’';
    expect(speakers(text)).toEqual([['It will not be long befo', 'Sandeep Dhumi', 'superintendent', 'W Phillips Chemist']]);
  });

  it('reads the body closing an indefinite description as the person’s organisation (“a former chief superintendent with Gwent Police”, BBC)', () => {
    const text =
      'However, Ian Johnston, a former chief superintendent with Gwent Police, endorsed the federation\'s figures and warned that crime would grow if the cuts went ahead.\n' +
      '"The public should be very worried," he said.';
    expect(speakers(text)).toEqual([['The public should be ver', 'Ian Johnston', 'former chief superintendent', 'Gwent Police']]);
  });

  it('reads the body after where it is based (“chief executive of north London’s Royal Free group of trusts”, HSJ)', () => {
    const text =
      'Caroline Clarke, chief executive of north London’s Royal Free group of trusts, said she was keen – “hung up” on, in her own words – for an effective operating model from the centre.';
    expect(speakers(text)).toEqual([['hung up', 'Caroline Clarke', 'chief executive', 'Royal Free']]);
  });

  it('reads the title after a generic body’s possessive, department and all (“the charity’s director of policy and external affairs”, WLM)', () => {
    const text =
      'Matt Downie, the charity\'s director of policy and external affairs, said the work to help rough sleepers was “by no means done”.';
    expect(speakers(text)).toEqual([['by no means done', 'Matt Downie', 'director of policy and external affairs', null]]);
  });

  it('leaves “while” opening the second clause out of the title (“…, while council chairman Hag Harris claimed”, BBC)', () => {
    const text =
      'Liberal Democrat member Paul Hinge said the target was a "big ask", while council chairman Hag Harris claimed the budget was not "credible".';
    expect(speakers(text).map((s) => [s[0], s[1], s[2]])).toEqual([
      ['big ask', 'Paul Hinge', 'member'],
      ['credible', 'Hag Harris', 'council chairman'],
    ]);
  });
});

describe('captune round 2, from the whole pool (stop 18)', () => {
  it('reads a verb and its object after a name as a clause, not a title, so the lede’s title after a quotation reaches the person (“Steve White addressed the Home Secretary at …”, SYPF)', () => {
    const text =
      '“ENOUGH is enough”, the Chairman of the Police Federation of England and Wales has told the Government after it emerged that 30 out of 43 forces are downgrading or reviewing neighbourhood policing teams.\n' +
      'Steve White addressed the Home Secretary at the Federation’s annual conference in Bournemouth this week. Cuts to policing budgets have left the police service decimated, officers run ragged and public safety in jeopardy, Theresa May heard.\n' +
      'Mr White said: “Cuts have consequences and quite simply, we can do no more. This week we will be discussing what the consequences have been to the service, but more importantly, we will be looking ahead to the dire potential outcomes if things do not change. The dire outcome for officers; and most importantly for the public.”';
    expect(speakers(text).at(-1)).toEqual(['Cuts have consequences a', 'Steve White', 'Chairman', 'Police Federation of England and Wales']);
  });

  it('reads “according to the union” as the organisation named before, not a minister the sentence names (Local Gov)', () => {
    const text =
      'The Government must drop plans to cap overseas care staff and act to stop the exploitation of those already working in the UK, the trade union Unison has said.\n' +
      'Plans reportedly being drawn up by immigration minister Robert Jenrick to limit the number of care staff, and their dependants, coming to the UK would be ‘disastrous’ for adult social care, according to the union.';
    const [disastrous] = speakers(text);
    expect(disastrous?.slice(0, 3)).toEqual(['disastrous', null, null]);
    expect(disastrous?.[3]).not.toBeNull();
  });

  it('reads a name the page introduces by its kind of body as an organisation, and not the word before the comma (“working in the UK, the trade union Unison has said”, Local Gov)', () => {
    const text =
      'The Government must drop plans to cap overseas care staff and act to stop the exploitation of those already working in the UK, the trade union Unison has said.\n' +
      'Plans reportedly being drawn up by immigration minister Robert Jenrick to limit the number of care staff, and their dependants, coming to the UK would be ‘disastrous’ for adult social care, according to the union.';
    expect(speakers(text)).toEqual([['disastrous', null, null, 'Unison']]);
  });
});

describe('captune round 3, from the whole pool (stop 18)', () => {
  it('reads a generic noun for a body opening a sentence that names nobody as the body named before, whatever its verb (“The charity blames …”, Property118, fresh-4)', () => {
    const text =
      'Shelter is a campaigning charity offering advice and information to tenants and pushes for policy changes by the government.\n\n' +
      'It doesn’t provide homes for those at risk of losing theirs or are living on the street.\n\n' +
      'The charity blames ‘skyrocketing’ private rents and a lack of social housing being built for leaving vulnerable people in ‘grotty hostels’ and ‘cramped bedsits’.';
    const proposals = extractQuotes(text, corpus);
    expect(proposals.map((q) => [q.speakerName ?? null, q.organisationName ?? null])).toEqual(proposals.map(() => [null, 'Shelter']));
  });

  it('takes a capitalised name holding “Hospice” for an organisation, never a person (“Arthur Rank Hospice in Cambridge says”, fresh-6)', () => {
    const text =
      'Meanwhile, Arthur Rank Hospice in Cambridge says a cut in NHS funding will mean inpatient beds will be reduced from 21 to 12, which it described as “a devastating decision”.\n' +
      'Garden House Hospice Care in Hertfordshire has announced what it calls “the most serious financial challenge in its history” and launched a consultation proce';
    expect(speakers(text)).toEqual([
      ['a devastating decision', null, null, 'Arthur Rank Hospice'],
      ['the most serious financi', null, null, 'Garden House Hospice Care'],
    ]);
  });

  it('does not give a quotation to a person the sentence says was accused of saying or doing it (“Nicky Morgan accused of ‘deceiving the public’”, Wise Tutors, fresh-2)', () => {
    const text =
      'NUT strike: Nicky Morgan accused of ‘deceiving the public’ over school funding cuts\n\n' +
      'Kevin Courtney, acting general secretary of the National Union of Teachers (NUT), made the comments ahead of a teaching strike due to take place on Tuesday in a row over conditions in schools.';
    expect(speakers(text).filter((s) => s[1] === 'Nicky Morgan')).toEqual([]);
  });

  it('takes one capitalised word whose possessive holds an office for an organisation, so it speaks as the subject (“Unison’s head of health”, Business London Press, fresh-5)', () => {
    const text =
      'Unison urged the government to stop “pretending the strikes will simply go away” and act now to end the dispute by boosting pay packets.\n\n' +
      'Unison’s head of health Sara Gorton said: “Ministers must stop fobbing the public off with promises of a better NHS, while not lifting a finger to solve the staffing emergency staring them in the face.';
    expect(speakers(text)).toEqual([
      ['pretending the strikes w', null, null, 'Unison'],
      ['Ministers must stop fobb', 'Sara Gorton', 'head of health', 'Unison'],
    ]);
  });

  it('takes one capitalised word the page never gives a first name, speaking on its own, for an organisation (“Unison said that …”, Brighton and Hove News, fresh-8)', () => {
    const text =
      'Unison said that it was taking the step because of arbitrary decisions during the Brighton and Hove City Council budget debate which had put members’ jobs at risk.\n' +
      'The Brighton and Hove branch of Unison said: “As a result of the Brighton and Hove City Council budget meeting, Unison is now preparing for a series of disputes with the employer to defend our members employment and services.”';
    expect(speakers(text)).toEqual([['As a result of the Brigh', null, null, 'Unison']]);
  });

  it('leaves a surname speaking on its own to a person (“Peters said he …”, Te Ao Māori News, fresh-6)', () => {
    const text =
      'Peters said he couldn\'t say there would be money in next years budget that can be promised to nurses now.\n\n' +
      'Peters says, "We offered $500mil.  That is a massive increase on what they were offered when we became the government."';
    expect(speakers(text).map((s) => s[3])).not.toContain('Peters');
  });

  it('leaves the last word of a longer capitalised name holding an office to that name (“Care England’s chief executive”, Express & Star, fresh-6)', () => {
    const text = 'Martin Green, Care England’s chief executive accused the Government of “kicking us while we’re already down”.';
    expect(speakers(text).map((s) => s[3])).not.toContain('England');
  });

  it('gives a quotation whose sentence opens with a capitalised body and a speech verb to that body, not to the previous speaker going on (Yorkshire Post, Business London Press, fresh-5)', () => {
    const dfe =
      'Geoff Barton, general secretary of the Association of School and College Leaders (ASCL), said while it was about funding, it was also about children’s chances: “This is grassroots leaders of schools, saying they cannot continue. There has been a huge strength of feeling for two or three years but that is growing.”\n\n' +
      'The Department for Education maintains it is spending record amounts in schools: “There is more money going into schools than ever before, rising to a record £43.5bn by 2020 - 50 per more in real terms per pupil than in 2000. Every school attracts more funding per pupil through the National Funding Formula, high needs funding has risen to over £6 billion this year, and the 3.5 per cent pay rise we announced for classroom teachers on the main pay range is backed by £508m Government funding.”';
    expect(speakers(dfe)[1]).toEqual(['There is more money goin', null, null, 'The Department for Education']);
    const downingStreet =
      '“There are no pay talks, and the Prime Minister must stop trying to hoodwink the public. It’s time for some honesty. Ministers are doing precisely nothing to end the dispute.”\n\n' +
      'Deeply concerning\n\n' +
      'Downing Street said the latest strike announcement by ambulance workers is “deeply concerning”.';
    expect(speakers(downingStreet).at(-1)).toEqual(['deeply concerning', null, null, 'Downing Street']);
  });
});

describe('a lone surname speaking (round 4, fresh sets in the tuning pool)', () => {
  it('reads a surname the page never names in full, opening its sentence before a speech verb, as the speaker (“Peters says”, Te Ao Māori News, fresh-6)', () => {
    const text =
      '"We are having to strike to achieve a better offer that secures additional money into the collective agreement to address outstanding member issues," says New Zealand Nurses Organisation (NZNO) representative Cee Payne\n\n' +
      '"The majority of members have voted to support industrial action on the 12th of July," says Payne.\n\n' +
      "Peters said he couldn't say there would be money in next years budget that can be promised to nurses now.\n\n" +
      'Peters says, "We offered $500mil.  That is a massive increase on what they were offered when we became the government."';
    expect(speakers(text).map((s) => s[1])).toEqual(['Cee Payne', 'Cee Payne', 'Peters']);
  });

  it('keeps a surname misspelt by a doubled letter to the person the page named (“Morisson said” after Scott Morrison, Aged Care Insite, fresh-3)', () => {
    const text =
      'Announcing the Royal Commission yesterday, Prime Minister Scott Morrison said it will be about proactively determining what the nation needs to do in the future to meet community expectations about the standard of aged care.\n\n' +
      '“Incidences of older people being hurt by failures of care simply cannot be explained or excused,” Morisson said.';
    expect(speakers(text)).toEqual([['Incidences of older peop', 'Scott Morrison', 'Prime Minister', null]]);
  });
});

describe('a person addressed is not the speaker (round 4, fresh sets in the tuning pool)', () => {
  it('takes someone written to, behind a lower-case title, for the addressee, and the body writing for the speaker (UNISON, fresh-4)', () => {
    const text =
      'Migrant staff coming to the UK to take up jobs in social care are being forced to pay back thousands of pounds in fees, housed in sub-standard accommodation and even forced to share beds with colleagues, says UNISON today (Monday).\n\n' +
      'To highlight this appalling treatment, the union has written to care minister Helen Whately warning of a ‘significant rise’ in reports of unacceptable treatment by unscrupulous employers towards workers from overseas.';
    expect(speakers(text).at(-1)).toEqual(['significant rise', null, null, 'UNISON']);
  });

  it('gives “the two organisations” writing “in a letter to” a minister the bodies the page named, not the minister (National Care Forum, fresh-6)', () => {
    const text =
      'The government must scrap ‘catastrophic’ new visa rules aimed at migrant care workers, say UNISON and the National Care Forum (NCF) today (Friday).\n\n' +
      'In a letter to health and social care secretary Victoria Atkins, the two organisations warn of the ‘devastating impact’ of the ban on overseas care staff bringing dependents to the UK, as announced by the government earlier this month.';
    expect(speakers(text).at(-1)).toEqual(['devastating impact', null, null, 'National Care Forum']);
  });
});

describe('words quoted as what unnamed others claim or suggest (round 4, fresh sets in the tuning pool)', () => {
  it('leaves a quotation after “suggestions of” or “views on” to nobody, not to the sentence’s subject (Evening Standard, fresh-3; Nursing in Practice, fresh-5)', () => {
    const standard =
      'Jeremy Hunt today rejected suggestions of a “humanitarian crisis” in the NHS but admitted there were “very serious problems” in some hospitals.';
    expect(speakers(standard)[0]).toEqual(['humanitarian crisis', null, null, null]);
    const nursing =
      'The RCN is still officially in dispute with the government over NHS nurses’ pay, and Ms Cullen’s latest call to action comes as the government is seeking views on the ‘risks and benefits’ of a separate pay spine for NHS nurses.';
    expect(speakers(nursing).map((s) => s[1])).toEqual([null]);
  });
});

describe('capture round 5: fresh-7 in the tuning pool', () => {
  it('reads a union’s organiser or coordinator as a title, with the union before it (BBC, fresh-7)', () => {
    const text =
      'Unison regional organiser Steve Belcher said he expected people to be "furious" at the extent of the cuts, which could also see street lights dimmed.';
    expect(speakers(text)).toEqual([['furious', 'Steve Belcher', 'regional organiser', 'Unison']]);
  });

  it('takes no person from a calendar word opening a name (“the New Year Calennig celebration”), so “he said” stays with the union organiser (BBC, fresh-7)', () => {
    const text =
      'Unison regional organiser Steve Belcher said he expected people to be "furious" at the extent of the cuts, which could also see street lights dimmed and an end to funding for the New Year Calennig celebration.\n\n' +
      'He said the union had not yet walked away from the negotiating table with the council but he said industrial action could happen.\n\n' +
      '"We say never rule that out," he said.';
    expect(speakers(text).map((s) => s[1])).toEqual(['Steve Belcher', 'Steve Belcher']);
  });

  it('gives a title behind “the union’s” before a name the union the page named last (Morning Star, fresh-7)', () => {
    const text =
      'General union GMB, which represents thousands of teaching assistants and ancillary workers, said staff were living “in fear of the next round of job cuts” at their schools.\n\n' +
      '“Pupils are suffering as a result,” the union’s national secretary Rehana Azam said.';
    expect(speakers(text).at(-1)).toEqual(['Pupils are suffering as ', 'Rehana Azam', 'national secretary', 'GMB']);
  });

  it('takes a gerund and its object after a name (“Anas Sarwar accusing the First Minister of …”) for a clause, not a title (STV, fresh-7)', () => {
    const text =
      'Statistics from Public Health Scotland this week showed the number of people waiting for treatment or tests has increased, with Scottish Labour leader Anas Sarwar accusing the First Minister of caring more about defending former health secretary Michael Matheson than cutting waiting times.\n' +
      'During First Minister’s Questions on Thursday, Mr Sarwar said: “Rather than protecting Scots, John Swinney chose to put his party before the country.”';
    const [quote] = speakers(text);
    expect(quote?.[1]).toBe('Anas Sarwar');
    expect(quote?.[2]).toBe('Scottish Labour leader');
  });

  it('gives “the union leaders” speaking together a body the page just named, not nobody (LabourList, fresh-7)', () => {
    const text =
      'In a joint letter to health minister Helen Whately today, TUC general secretary Paul Nowak and the general secretaries of UNISON, GMB and Unite, Christina McAnea, Gary Smith and Sharon Graham, declared that staffing is the “single biggest challenge facing adult social care”.\n' +
      'The union leaders wrote: “The disproportionately female, BME social care workforce delivers an essential public service.”';
    const quote = speakers(text).at(-1);
    expect(quote?.[1]).toBeNull();
    expect(['TUC', 'UNISON', 'GMB', 'Unite']).toContain(quote?.[3]);
  });

  it('reads a word holding a title before a name as a body where it stands before a name, and “the council’s” as the council, not the union named since (The Writers Town, fresh-7)', () => {
    const text =
      'Somerset Council, which is raising council tax by 7.49% in April, is letting go of more than 550 employees in a bid to cut costs.\n' +
      'Speaking at a protest outside a full council meeting on Wednesday, Unison branch secretary Micheál Duffy said the budget was "balanced for this year".\n' +
      'Councillor Butt Philip, the council\'s cabinet member for transformation, human resources, and localities, said: "We have taken a number of decisions locally to protect non-statutory services but the system is clearly broken on a national level."\n' +
      'Addressing a council meeting on Wednesday, Unison\'s Neil Guild said: "Council staff, who are residents and voters themselves, have little confidence in councillors to grapple with the challenges facing Somerset."';
    expect(speakers(text).map((s) => [s[1], s[3]])).toEqual([
      ['Micheál Duffy', 'Unison'],
      ['Butt Philip', 'Somerset Council'],
      ['Neil Guild', 'Unison'],
    ]);
  });

  it('reads a given name standing alone as the one person named in full with it (“Paul said:”, Police Federation, fresh-7)', () => {
    const text =
      'Cumbria Police Federation Chair Paul Williams has backed a call from chiefs to maintain officer numbers.\n\n' +
      'Martin Hewitt, Chair of the National Police Chiefs’ Council, urged the Government to continue investing in policing and maintain the uplift in the number of officers at a conference earlier this month.\n\n' +
      'Mr Hewitt said: “I urge the Government to factor this into their decisions.”\n\n' +
      'Paul said: “I have to agree with Mr Hewitt. Policing has been suffering a kicking for the last 12 years and the evidence speaks for itself.”';
    expect(speakers(text).map((s) => s[1])).toEqual(['Martin Hewitt', 'Paul Williams']);
  });

  it('keeps whom a post serves (“for GMB members working in …”) out of the title after an organisation (Chester Chronicle, fresh-7)', () => {
    const text =
      'Justin Bowden, GMB national coordinator for GMB members working in the ambulance service, said: “GMB members who work in the service have problems with the targets but they would be very worried with any attempts at wholesale removal of the targets.”';
    expect(speakers(text)).toEqual([['GMB members who work in ', 'Justin Bowden', 'national coordinator', 'GMB']]);
  });

  it('gives the title after “according to” in a lede to the next person named, not the sentence’s subject (Police Federation, fresh-7)', () => {
    const text =
      'The Chancellor of the Exchequer missed an opportunity to directly address the multitude of problems facing the police service when he failed to announce a re-investment in front-line policing in this week’s budget, according to the national Federation chair.\n\n' +
      'John Apter welcomed Philip Hammond’s £160 million investment in counter terrorism but said neighbourhood policing, response, CID and other key front-line policing roles had been ignored.\n\n' +
      '“We welcome the investment in counter terrorism capability but given the threat level this country is facing it is a necessity dressed up a gift,” said John.';
    expect(speakers(text).map((s) => [s[1], s[2]])).toEqual([['John Apter', 'national Federation chair']]);
  });

  it('takes capitalised words in brackets after a name for an aside (a ward), not the speaker (Somerset Labour, fresh-7)', () => {
    const text =
      'Cllr Leigh Redman (Bridgwater South) Leader of the Labour Group, attacked the Tory budget saying “What a shame this budget hides where the £18 million will be saved.”';
    expect(speakers(text).map((s) => s[1])).toEqual(['Leigh Redman']);
  });

  it('gives a list of people writing together no single speaker, and the first one’s organisation (Morning Star, fresh-7)', () => {
    const text =
      'Chief executives of Care England (CE), the Homecare Association (HA) and the National Care Forum (NCF) sounded the alarm.\n' +
      'Prof Martin Green of CE, Vic Rayner of NCF, Dr Jane Towson of HA and Newcross Healthcare non-executive director Suhail Mirza wrote in the Observer: “For decades, successive UK governments have failed to take responsibility for a growing social care crisis.”';
    expect(speakers(text)).toEqual([['For decades, successive ', null, null, 'Care England']]);
  });

  it('reads two offices joined by “and” before a name as the first being the title, not an organisation (BBC, fresh-7)', () => {
    const text =
      "First Minister's Questions was taken by Deputy First Minister and Scottish Lib Dem leader Jim Wallace in the absence of Jack McConnell, who is on an official tour of Malawi.\n" +
      'Mr Wallace ignored her claim and responded: "What matters is people - and what matters is trying to get the people who have been waiting longest off the waiting list."';
    expect(speakers(text)).toEqual([['What matters is people -', 'Jim Wallace', 'Deputy First Minister', null]]);
  });

  it('reads an honorific before a double surname as the person named in full before (“Councillor Butt Philip”, The Writers Town, fresh-7)', () => {
    const text =
      'Councillor Theo Butt Philip said the council\'s transformation programme was "needed to balance the costs long term".\n' +
      'Councillor Butt Philip, the council\'s cabinet member for transformation, human resources, and localities, said: "We have taken a number of decisions locally to protect non-statutory services."';
    expect(speakers(text).map((s) => s[1])).toEqual(['Theo Butt Philip', 'Theo Butt Philip']);
  });

  it('gives a capitalised title opening the next sentence (“The First Minister confirmed”) to the person just named (East Lothian Conservatives, fresh-7)', () => {
    const text =
      'The job of Scotland’s health secretary is safe even if “shocking” waiting times aren’t improved, Nicola Sturgeon has said.\n' +
      'The First Minister confirmed no-one in her government would take responsibility for the pledge.\n' +
      'However, in her response at First Minister’s Questions today, Nicola Sturgeon said her plan to improve waiting times “is not failing” and that she planned to stick to it.';
    expect(speakers(text).at(-1)?.slice(1, 3)).toEqual(['Nicola Sturgeon', 'First Minister']);
  });

  it('reads a one-word body the page gave a speaker as their organisation (“Unite say ‘…’”) as that body speaking, not the speaker going on (Western Telegraph, fresh-5)', () => {
    const text =
      'OVER 1,000 Unite union members in the Welsh Ambulance Service will commence the first of two 24-hour strikes tomorrow (Thursday, January 19).\n\n' +
      'Unite general secretary Sharon Graham said: “Unite stands 100 percent behind our Welsh Ambulance members who are striking to save our NHS.”\n\n' +
      'Unite say \'a decent consolidated pay increase is the only way to improve NHS recruitment and relieve the crippling pressure\' on our ambulance services.';
    expect(speakers(text).map((s) => [s[1], s[3]])).toEqual([
      ['Sharon Graham', 'Unite'],
      [null, 'Unite'],
    ]);
  });

  it('reads a trailing subject with a long description (“…”, the Chairman of the Police Federation of England and Wales has told) as the speaker (South Yorkshire Police Federation, fresh-6)', () => {
    const text =
      '“ENOUGH is enough”, the Chairman of the Police Federation of England and Wales has told the Government after it emerged that 30 out of 43 forces are downgrading or reviewing neighbourhood policing teams.\n' +
      'Steve White addressed the Home Secretary at the Federation’s annual conference in Bournemouth this week.';
    expect(speakers(text)).toEqual([['ENOUGH is enough', 'Steve White', 'Chairman', 'Police Federation of England and Wales']]);
  });
});

describe('an interviewer and the programme the interview went out on (capture round 2 at stop 19, orgs)', () => {
  it('gives whoever the page names as interviewing the programme it says the interview was on (Left Foot Forward, fresh-4)', () => {
    const text =
      'In an interview with Naga Munchetty on BBC Breakfast this morning, Atkins was asked to clarify her statement that waiting lists in England had been reduced.\n\n' +
      '“It’s all very well saying these waiting times are coming down but they’re still too high, and you say there are some parts of the country that are doing well, where?” asked Munchetty.';
    expect(speakers(text).map((s) => [s[1], s[3]])).toEqual([['Naga Munchetty', 'BBC']]);
  });

  it('gives a presenter the channel a guest appeared on (HuffPost, fresh-4)', () => {
    const text =
      'But appearing on Sky News this morning, Caulfield said conceded that things will get worse before they get better.\n\n' +
      'After presenter Kay Burley pointed out the size of the waiting list, the minister said: “That probably will go up higher because we’re offering more procedures ... but the length of time people are waiting for their procedures is actually going down and that’s what matters to patients.”\n\n' +
      'Burley hit back: “What matters is how many people are on the waiting list. You said that number, which is massive, is going to go higher. I’m asking you how high.”';
    const [, speaker, , organisation] = speakers(text).at(-1) ?? [];
    expect([speaker, organisation]).toEqual(['Kay Burley', 'Sky News']);
  });
});

describe('councillors and the council (capture round 2 at stop 19, orgs)', () => {
  it('gives a councillor (“Cllr”) the council the page names (Somerset Labour, fresh-7)', () => {
    const text =
      'Somerset County Council today approved a budget which included a Council Tax increase of 1.99 per cent and with protestors massing outside County Hall to highlight the threats to social care, it was passed by a unanimous Conservative vote whilst all opposition parties Labour, Independent ,Lib Dem, and UKIP voted against.\n' +
      "County Tory leader Cllr John Osman, added: “It is getting harder and tougher to balance our budget. Setting a budget and setting Council Tax is always difficult as you have the competing needs of those vulnerable residents who need our services and those hard working residents who don’t need our services . We have looked at our costs and found that in some areas we are significantly more expensive than some of our neighbours and against national benchmarks. Bringing us back into line with other good performing councils will save us most of the £18m savings we have now identified, but there is still more to be done. All Council services are urged to identify new ways of delivering services in order to find ways of making further savings.”";
    expect(speakers(text)).toEqual([['It is getting harder and', 'John Osman', 'leader', 'Somerset County Council']]);
  });

  it('gives a council’s cabinet member the council the page names (Worcester News, fresh-6)', () => {
    const text =
      "WORCESTERSHIRE County Council's announcement of additional funding for nursing and residential homes has received a lukewarm reception.\n" +
      'Liz Eyre, the cabinet member for social services health and well-being said it was important to remember the extra funding had been secured despite a general lack of funds.\n' +
      'She said: "I truly appreciate the cost pressures the home owners have. I hope they are at least relieved that in the current environment we have been able to maintain our commitment to the service they provide."';
    expect(speakers(text).map((s) => [s[1], s[3]])).toEqual([['Liz Eyre', 'WORCESTERSHIRE County Council']]);
  });
});

describe('a party’s branch in a nation (capture round 2 at stop 19, orgs)', () => {
  it('reads “Scottish Labour” as the party’s Scottish branch, speaking and holding an office (STV, fresh-7)', () => {
    const text =
      'However, Scottish Labour have stated that his “record-breaking failure” is putting lives at risk.\n' +
      'Scottish Labour’s health spokesperson Jackie Baillie called for Yousaf to be placed in “special measures” due to his failings in office.';
    expect(speakers(text).map((s) => s[3])).toEqual(['Scottish Labour', 'Scottish Labour']);
  });
});

describe('governments and the ministers in them (capture round 2 at stop 19, orgs)', () => {
  it('reads a government named for its country as an organisation speaking (“The Scottish Government has pointed to”, STV, fresh-7)', () => {
    const text = 'The Scottish Government has pointed to health spending and staffing levels rising to “record levels” since 2007.';
    expect(speakers(text)).toEqual([['record levels', null, null, 'Scottish Government']]);
  });

  it('gives a minister the government the page names (“the Scottish Executive”, BBC, fresh-7)', () => {
    const text =
      'The Scottish National Party said it was a record high, while the Tories accused Malcolm Chisholm of complacency.\n' +
      'But the minister said the Scottish Executive\'s priority was to tackle the longest waits and that it was delivering on that promise.\n' +
      'Mr Chisholm said more than half of hospital patients were treated immediately and never joined a waiting list. "The clear priority of the Scottish Executive and the Scottish people is to tackle the misery of those facing the longest waits," he said.';
    expect(speakers(text)).toEqual([['The clear priority of th', 'Malcolm Chisholm', 'minister', 'Scottish Executive']]);
  });
});

describe('names and the letters after them (capture round 3 at stop 19, speakers)', () => {
  it('reads a legislature’s member letters after a name as honours, not an organisation (“Rhun ap Iorwerth MS said:”, Cambrian News, fresh-8)', () => {
    const text =
      'Criticising Labour’s failure to deliver on their promise to tackle growing NHS waiting lists Plaid Cymru Leader, Rhun ap Iorwerth MS said: “The Labour First Minister promised to prioritise tackling record-high NHS waiting lists.”';
    expect(speakers(text)).toEqual([['The Labour First Ministe', 'Rhun ap Iorwerth', 'Plaid Cymru Leader', 'Plaid Cymru']]);
  });
});

describe('pronouns and the people they stand for (capture tuning round at stop 20, speakers)', () => {
  it('reads no gender from a pronoun inside a quotation after a name (“asked Pat Cullen: “Why do you think he won’t …”, LBC, fresh-9)', () => {
    const text =
      'The General Secretary & Chief Executive of RCN Pat Cullen spoke to James O\'Brien from the protests.\n' +
      'Since the Prime Minister has failed to negotiate an agreement with the RCN to avert strike action, James asked Pat Cullen: "Why do you think he won\'t open that conversation?"\n' +
      'Pat told James she didn\'t know the answer, she said she was "on a picket line in Reading amongst many brilliant nurses" who are asking the same question.';
    expect(speakers(text).map((s) => s[1])).toEqual(["James O'Brien", 'Pat Cullen']);
  });
});

describe('a party opening a title (capround-b, fresh-9 in the tuning pool)', () => {
  it('reads the party before a portfolio as the body the spokesperson speaks for (BBC, fresh-9)', () => {
    const text = 'Liberal Democrat spokesperson for adult social care, Jeremy Hilton, said the group still believed closing the homes was the "wrong decision".';
    expect(speakers(text)).toEqual([['wrong decision', 'Jeremy Hilton', 'spokesperson for adult social care', 'Liberal Democrat']]);
  });

  it('reads a nation’s branch of a party before a capitalised title (Welsh Conservatives, fresh-9)', () => {
    const text =
      'Commenting on Labour’s promise to have patients seen within 18 weeks in five years, Sam Rowlands MS, Welsh Conservative Shadow Health Minister said:\n' +
      '“Labour’s record in Wales, where they run the NHS, stands as a stark warning as to what a Labour Government would look like.”';
    expect(speakers(text).map((s) => s.slice(1))).toEqual([['Sam Rowlands', 'Shadow Health Minister', 'Welsh Conservative']]);
  });
});

describe('a councillor’s party in brackets after the name (capround-b, fresh-9 in the tuning pool)', () => {
  it('reads “(LD, Kingsholm and Wotton)” as the party, then the ward (Forester, fresh-9)', () => {
    const text =
      'Councillor Jeremy Hilton (LD, Kingsholm and Wotton) said: “I have serious concerns about Cabinet’s decision to proceed with a consultation on closing these four care homes.”';
    expect(speakers(text).map((s) => [s[1], s[3]])).toEqual([['Jeremy Hilton', 'LD']]);
  });

  it('keeps a title-case word opening the title in the title, and reads the bracketed party (Forester, fresh-9)', () => {
    const text =
      'Lib Dem group spokesperson for Adult Social Care Cllr Jeremy Horton (Kingsholm and Wotton) said his group was “extremely concerned” by the decision.\n' +
      'Adult social care commissioning cabinet member Carole Allaway-Martin (Con, Coleford) said it was a really tough decision to make.\n' +
      '“The consultation process has taken six weeks. We needed to do it appropriately and make sure everybody is involved,” she said.';
    expect(speakers(text).at(-1)?.slice(1)).toEqual(['Carole Allaway-Martin', 'Adult social care commissioning cabinet member', 'Con']);
  });
});

describe('an office only one person holds, varying a name (capround-b, tuning pool)', () => {
  it('gives “The Prime Minister’s proposals” to the person named next without a title (Writers Town, fresh-2)', () => {
    const text =
      'The Prime Minister\'s proposals to cut immigration include scrapping a visa scheme, set up by Boris Johnson\'s Conservative government, that allowed firms to hire health and social care workers from overseas.\n' +
      "Mike Padgham, managing director at Saint Cecilia's Care Group in Scarborough, said by 2040 the sector would need 500,000 more workers and asked where they would be coming from.\n" +
      'Sir Keir Starmer said the plans, which tackle legal migration to the UK, would ensure a "selective" and "fair" system, where "we decide who comes to this country".';
    expect(speakers(text).map((s) => s.slice(1, 3))).toEqual([
      ['Keir Starmer', 'Prime Minister'],
      ['Keir Starmer', 'Prime Minister'],
      ['Keir Starmer', 'Prime Minister'],
    ]);
  });
});

describe('a party named as a body by its plural (capround-c, tuning pool)', () => {
  it('reads “The Tories said” as the party speaking (BBC, fresh-7)', () => {
    const text = 'The Tories said the statistics were at "an all-time high" and "much longer" than when they were in power.';
    expect(speakers(text)).toEqual([
      ['an all-time high', null, null, 'Tories'],
      ['much longer', null, null, 'Tories'],
    ]);
  });

  it('reads a headline opening with the party’s plural as the party speaking (South Glos Lib Dems, fresh-6)', () => {
    const text = 'Lib Dems brand Conservative budget “deceptive” over plans to cut adult social care, despite putting the council tax precept up';
    expect(speakers(text)).toEqual([['deceptive', null, null, 'Lib Dems']]);
  });
});

describe('a conference delegate (role8, tuning pool)', () => {
  it('reads “delegate” before a name as a title (Tes, fresh-8)', () => {
    const text = 'Industrial action was needed, said South Lanarkshire delegate Andrew Fullwood, because it was "probably the thing we have not tried so far".';
    expect(speakers(text).map((s) => s.slice(1, 3))).toEqual([['Andrew Fullwood', 'delegate']]);
  });
});

describe('an office worn with the name (capround-d, tuning pool)', () => {
  it('gives “Councillor” before a name as the role when the page states no other (Forester, fresh-9)', () => {
    const text =
      'Councillor Jeremy Hilton (LD, Kingsholm and Wotton) said: “I have serious concerns about Cabinet’s decision to proceed with a consultation on closing these four care homes.”';
    expect(speakers(text).map((s) => s.slice(1, 3))).toEqual([['Jeremy Hilton', 'Councillor']]);
  });

  it('reads “Coun” before a surname as the person named in full before, with the role they were named with (Hits Radio, fresh-12)', () => {
    const text =
      'Councillor Mark Dobson, of Garforth and Swillington Independents, led a “call-in” of the closure decision which could have seen it referred for re-consideration.\n' +
      'He claimed there were flaws in the consultation process and it was not clear how the cost savings would be achieved.\n' +
      'Coun Dobson told a scrutiny board meeting: “I also believe we are under-estimating the use of the centres.”';
    expect(speakers(text).at(-1)?.slice(1, 3)).toEqual(['Mark Dobson', 'Councillor']);
  });

  it('gives “Cllr” before a name as the role, as the page writes it (Sheffield Wire, fresh-13)', () => {
    const text =
      'Cllr Bryan Lodge spared no time in criticising both the Greens, with their tax-heavy approach to\n' +
      'parking and late-night levies, and the Liberal Democrats’ austerity-ridden policies.\n\n' +
      'He said: “The Green’s amendment seems to be a tax-everyone budget – it’s almost like the happy\n' +
      'police, they’re taxing everything.”';
    expect(speakers(text).map((s) => s.slice(1, 3))).toEqual([['Bryan Lodge', 'Cllr']]);
  });

  it('gives “MP” after a name as the role (Dolphin’s Blowhole, fresh-6)', () => {
    const text =
      'Alan Whitehead MP has said that “Not even the Conservatives’ own government can justify the utterly savage and disproportionate cuts this Council is planning to inflict on some of the most vulnerable people in our city”, adding that “I never thought I would say this, but the Tories here need to listen to Tory Government Ministers”';
    expect(speakers(text).map((s) => s.slice(1, 3))).toEqual([
      ['Alan Whitehead', 'MP'],
      ['Alan Whitehead', 'MP'],
    ]);
  });
});

describe('a department in lower case after “of” is part of the title (capround-d, tuning pool)', () => {
  it('keeps “of finance” in “Head of finance” (BBC, fresh-6)', () => {
    const text =
      'Head of finance Stephen Johnson said the report was "open and honest" and he accepted there were risks, but added: "If you don\'t start a plan you won\'t achieve any savings."';
    expect(speakers(text).map((s) => s.slice(1, 3))).toEqual([
      ['Stephen Johnson', 'Head of finance'],
      ['Stephen Johnson', 'Head of finance'],
    ]);
  });

  it('leaves an organisation opening such a title to be read as the organisation (Morning Star, fresh-9)', () => {
    const text =
      'Universities and Colleges Union (UCU) head of policy and campaigns Matt Waddup said the union was awaiting the review but emphasised that any cuts must be made up through “proper government funding.”';
    expect(speakers(text).map((s) => s.slice(1))).toEqual([['Matt Waddup', 'head of policy and campaigns', 'Universities and Colleges Union']]);
  });
});

describe('a determiner or “new” opening a title is not part of it (capround-d, tuning pool)', () => {
  it('drops “another” before the title (BBC, fresh-8)', () => {
    const text =
      'But another head, Miranda Gibbs, said the conference resolution would leave her with divided loyalties as her school\'s governing body was very clear that she should operate a balanced budget, and the school had already "very reluctantly" begun redundancy procedures for some staff.';
    expect(speakers(text).map((s) => s.slice(1, 3))).toEqual([['Miranda Gibbs', 'head']]);
  });

  it('drops “new” after a place’s possessive (Cambrian News, fresh-9)', () => {
    const text =
      'Wales’ new health secretary Jeremy Miles told the debate on 18 September that cutting waiting times is at the top of his to-do list after his appointment a week earlier.\n' +
      'Mr Miles told the chamber long waiting times are a result of the pandemic and a decade of austerity which “cast a long shadow”.';
    expect(speakers(text).map((s) => s.slice(1, 3))).toEqual([['Jeremy Miles', 'health secretary']]);
  });
});

describe('a person’s own writing speaks for them (capround-d, tuning pool)', () => {
  it('gives “Her motion said:” to the woman named before (Guardian, fresh-3)', () => {
    const text =
      'But Fay Wilson, a leading Birmingham GP, said the contract had to be substantially renegotiated. In its present form it would divide the profession into a premier league of well-funded practices and host of losers who would never be able to catch up.\n\n' +
      'Her motion said: "Conference requires the new contract proposals to be re-examined, revised and returned to the (BMA) general practice committee or, if necessary, the local medical committee conference, for debate in six months."';
    expect(speakers(text).map((s) => s[1])).toEqual(['Fay Wilson']);
  });

  it('gives “His letter says:” to the man named before (Police Federation, fresh-8)', () => {
    const text =
      'NPCC chair Martin Hewitt has written to Ms Patel on behalf of all chief officers in the wake of confirmation of a pay freeze on officers earning more than £24,000-a-year.\n\n' +
      'His letter says: “Taken together with the continuing effects of a decade of austerity around officers’ pay, there is no question that properly rewarding our incredible people is now a significant issue of concern for chief constables.';
    expect(speakers(text).map((s) => s.slice(1, 3))).toEqual([['Martin Hewitt', 'chair']]);
  });
});

describe('a body’s motion, letter or report speaks for the body named before (capround-e, tuning pool)', () => {
  it('gives a quotation in a sentence opened by “Its new report” to the body named before (Local Gov, fresh-6)', () => {
    const text =
      'The Government must drop plans to cap overseas care staff and act to stop the exploitation of those already working in the UK, the trade union Unison has said.\n' +
      'Its new report, ‘Expendable labour’, also includes accounts of abusive practices and poor working conditions suffered by care workers after they are ‘lured’ to the UK to fill staffing gaps.';
    expect(speakers(text)).toEqual([
      ['Expendable labour', null, null, 'Unison'],
      ['lured', null, null, 'Unison'],
    ]);
  });
});

describe('a generic noun for a body stands for the body the passage is about (capround-e, tuning pool)', () => {
  it('gives “the union” the body named most nearby, not the last one named (GPonline, fresh-6)', () => {
    const text =
      'BMA leaders have repeated calls for the government to drop plans to impose a new contract on junior doctors as tens of thousands joined the first all-out strikes in NHS history at 150 picket lines across England on Tuesday and Wednesday.\n\n' +
      "BMA leaders said 'more or less all' doctors eligible to take part in the unprecedented full walk-out by junior doctors did so on Tuesday. Figures released by NHS England suggested 78% of junior doctors expected to turn up for work on Tuesday did not report for duty.\n\n" +
      "The union said junior doctors 'deeply regret' taking strike action, but had been left with no choice by the government's 'refusal to negotiate'.";
    expect(speakers(text).slice(1).map((s) => s[3])).toEqual(['British Medical Association', 'British Medical Association']);
  });

  it('gives a sentence opened by “The union” the body named most nearby, not a hospital named since (Irish Examiner, fresh-8)', () => {
    const text =
      'Nurse shortages in cancer, palliative, paediatric, and rehabilitation care are now impacting patients and could worsen over the winter, the Irish Nurses and Midwives Organisation (INMO) has said.\n' +
      'This includes “severe gaps in staffing” at University Hospital Limerick and Cork University Hospital in vital services such as maternity, cancer care, and palliative care, they warned.\n' +
      'The union will begin balloting its members on Monday for industrial action on the “large gaps” in nursing and midwifery in the wake of the now-lifted recruitment ban.';
    expect(speakers(text).at(-1)).toEqual(['large gaps', null, null, 'Irish Nurses and Midwives Organisation']);
  });
});

describe('a place or a body after a preposition is nobody a pronoun stands for (capround-f, tuning pool)', () => {
  it('skips the street after “on” for a later “He added:” (Worcester News, fresh-6)', () => {
    const text =
      'Peter Davidson, deputy chairman of Worcestershire Nursing Homes\' Association, claimed patients and the homes would be left to make up the difference themselves.\n' +
      'Mr Davidson owns Fairwater House nursing home on Coopers Lane, Evesham. He has already been forced to close a previous nursing home, Seward House, in Badsey.\n' +
      'He added: "Many homes will cease trading as they cannot go on funding the shortfall."';
    expect(speakers(text).map((s) => s[1])).toEqual(['Peter Davidson']);
  });

  it('reads a capitalised “On” opening a sentence as the preposition it is (Newstalk, fresh-9)', () => {
    const text =
      'On Lunchtime Live\'s Summer Tour, Housing Minister Darragh O\'Brien said the record-breaking numbers are "a reality we\'re dealing with."\n' +
      '"We didn\'t have enough houses to be able to house people – be they social houses or private homes – that\'s the reality of what\'s happening," he said.';
    expect(speakers(text).map((s) => s[1])).toEqual(["Darragh O'Brien", "Darragh O'Brien"]);
  });
});

describe('an attribution closing the sentence speaks all its quotations (capround-f, tuning pool)', () => {
  it('gives a fragment before a second quotation to the title that closes the sentence (Independent, fresh)', () => {
    const text =
      'The NHS is “on track” to deliver the on track to “deliver the fastest reduction... in waiting times in history,” a health service executive has said.\n\n' +
      'NHS England chief executive Amanda Pritchard told Laura Kuenssberg that the health service has “virtually eliminated” two-year waits.';
    expect(speakers(text).map((s) => s[1])).toEqual(['Amanda Pritchard', 'Amanda Pritchard', 'Amanda Pritchard']);
  });

  it('reaches past a clause with its own comma to the body ending the sentence (Morning Star, fresh-8)', () => {
    const text =
      '“DONE-IN” teachers could consider strikes if the Scottish government and councils do not agree to a ban on classes with more than 20 pupils, the Education Institute of Scotland (EIS) warned today.';
    expect(speakers(text)).toEqual([['DONE-IN', null, null, 'Education Institute of Scotland']]);
  });
});

describe('a body read as a person (fresh-8, fresh-9)', () => {
  it('proposes no "Regulator Ofgem" when the page writes "regulators" (Morning Star, fresh-8)', () => {
    const text =
      'AN ENERGY firm is facing a £23.6 million fine after regulators spotted it overcharging in pursuit of extra profits.\n' +
      'Regulator Ofgem said gas and electricity supplies to the National Grid had to match demand at any given time.\n' +
      'Ofgem said that EP SHB, the Czech-owned company that runs South Humber Bank gas-fired power station, had claimed compensation at “excessive” levels.';
    expect(speakers(text).map((s) => s[1])).not.toContain('Regulator Ofgem');
  });

  it('reads "The North Antrim Assembly member" as the person named before (4ni, fresh-9)', () => {
    const text =
      'But, Ms de Brun was criticised in her role as Health Minister by UUP Health spokesman Rev. Robert Coulter who said there was an increasing lack of confidence in her ability to tackle the problem of waiting lists.\n\n' +
      'The North Antrim Assembly member said: “The situation is now critical. Under the present Health Minister the service has slipped into terminal decline.';
    expect(speakers(text).map((s) => s[1])).toEqual(['Robert Coulter']);
  });
});

describe('a chamber word stays in the title (fresh-3, fresh-9; "L.A. City Council President" above)', () => {
  it('keeps "Assembly" in "The North Antrim Assembly member" (4ni, fresh-9)', () => {
    const text =
      'But, Ms de Brun was criticised in her role as Health Minister by UUP Health spokesman Rev. Robert Coulter who said there was an increasing lack of confidence in her ability to tackle the problem of waiting lists.\n\n' +
      'The North Antrim Assembly member said: “The situation is now critical. Under the present Health Minister the service has slipped into terminal decline.';
    expect(speakers(text).map((s) => s[2])).toEqual(['Assembly member']);
  });

  it('keeps the place that names the chamber ("Liberal Democrat London Assembly Member", chiswickw4, fresh-9)', () => {
    const text =
      'Stephen Knight, Liberal Democrat London Assembly Member, and member of the London Fire and Emergency Planning Authority (LFEPA) said:\n\n' +
      '“These proposals for fire station closures and the removal of fire engines flow directly from the budget cuts that Boris Johnson is forcing upon the London Fire Brigade.';
    expect(speakers(text).map((s) => s[2])).toEqual(['London Assembly Member']);
  });
});

describe('what an office covers, after "of", is part of the title (fresh-6, fresh-8)', () => {
  it('reads a place and a body’s plural noun after it as the body the head leads, since round 6 ("The head of Leeds hospitals", yorkshireeveningpost, fresh-6)', () => {
    const text =
      'The head of Leeds hospitals has publicly apologised to the city’s residents over waiting times for treatment.\n\n' +
      'Maggie Boyle said standards in accident and emergency units – which have faced a critical shortage of specialist doctors – were not good enough.\n\n' +
      'She also admitted the hospitals were “letting patients down” as delays for some needing planned treatment would continue for months.';
    expect(speakers(text)).toEqual([['letting patients down', 'Maggie Boyle', 'head', 'Leeds hospitals']]);
  });

  it('reads a capitalised plural the page also writes in lower case as the office, not an organisation ("the Chief Inspector of Hospitals", sussexexpress, fresh-8)', () => {
    const text =
      'The health watchdog branded East Sussex Healthcare NHS Trust, which runs both hospitals, as ‘inadequate’.\n\n' +
      'Professor Sir Mike Richards, the Chief Inspector of Hospitals, said: “When we inspected East Sussex Healthcare NHS Trust in September, we were extremely concerned at the disconnect we identified between the senior team and the staff working on the frontline.';
    const [, , role, organisation] = speakers(text).at(-1) ?? [];
    expect([role, organisation]).toEqual(['Chief Inspector of Hospitals', 'East Sussex Healthcare NHS Trust']);
  });
});

describe('a title as the subject of a speech verb further into a sentence introduces the next person named (fresh-2, fresh-4)', () => {
  it('gives "the Chief Executive of Care England also warned" to the person named next (LBC, fresh-2)', () => {
    const text =
      'It comes as the Chief Executive of Care England also warned that care homes would be forced to close as a result of the Government’s latest crackdown on immigration.\n' +
      'Speaking to LBC, Professor Martin Green rejected Sir Keir Starmer’s claim the UK is “addicted to cheap labour” as he warned of the devastating impact the Government\'s plans could have on the care industry.\n' +
      'When asked if this will see homes close, Professor Green said: "Yes, and we are already seeing that.';
    expect(speakers(text).at(-1)?.slice(1, 3)).toEqual(['Martin Green', 'Chief Executive']);
  });

  it('gives "…, a Tory health minister has admitted" to the person named next (HuffPost, fresh-4)', () => {
    const text =
      'Record-breaking NHS waiting lists will go even higher, a Tory health minister has admitted.\n\n' +
      'Maria Caulfield’s comments fly in the face of Rishi Sunak’s pledge to voters to bring them down.\n' +
      'Caulfield said: “We’ve always said after Covid, when routine procedures were shut down quite rightly to protect focus on Covid, we always said that waiting lists would go up before they start to come down.';
    expect(speakers(text).map((s) => s.slice(1, 3))).toEqual([['Maria Caulfield', 'health minister']]);
  });
});

describe('a pronoun after a sentence whose subject is someone unnamed stands for them (fresh-4, fresh-9)', () => {
  it('gives "She said" to "A spokeswoman for Shelter", not to the woman named before (Guardian, fresh-4)', () => {
    const text =
      'Ms Ghosh added: "The figure is much worse than government shows. Our own figures estimate there are 380,000 people in this position."\n\n' +
      'She called on ministers to conduct a hidden homelessness census to establish the true scale of the problem.\n\n' +
      'A spokeswoman for Shelter said the charity had concerns about how officials assessed whether or not someone was homeless. She said: "We are currently investigating this issue further."';
    expect(speakers(text).at(-1)).toEqual(['We are currently investi', null, 'spokeswoman', 'Shelter']);
  });

  it('gives "She said" to "a nurse" after a clause (HuffPost, fresh-9)', () => {
    const text =
      'Speaking on Question Time which was broadcasting live from Skipton, a nurse explained it was crucial to improve the entire sector.\n\n' +
      'She said: “Fund us properly, make nursing, and health and social care generally, a good profession that is well-paid, with good working conditions.';
    expect(speakers(text)).toEqual([['Fund us properly, make n', null, 'nurse', null]]);
  });
});

describe('a group the sentence names by no name said the words (cap-body, tuning pool)', () => {
  it('keeps nobody for words a sentence gives to a group, though one of it repeats them below (West London Mission, fresh-6)', () => {
    const text =
      'Homeless charities have warned against “any degree of complacency”.\n\n' +
      'Matt Downie, the charity\'s director of policy and external affairs, said the work to help rough sleepers was “by no means done”.\n\n' +
      '“We mustn’t congratulate ourselves and show any degree of complacency, because the rough sleepers who are still out there are in absolutely desperate situations,” he said.';
    expect(speakers(text).map((s) => s[1])).toEqual([null, 'Matt Downie', 'Matt Downie']);
  });
});

describe('a name read whole from the given name opening it (cap-body, tuning pool)', () => {
  it('keeps a known given name before a surname compromise reads as a place (BBC News, fresh-8)', () => {
    const text =
      'Proposing the motion, London head Dave Woods said cuts risked the education of an entire generation of children.\n\n' +
      '"It is not good enough," Mr Woods told the conference in Telford.';
    expect(speakers(text).map((s) => s[1])).toEqual(['Dave Woods']);
  });

  it('keeps a double given name whole, and lets it stand for the person named in full (Royston Crow, fresh-9)', () => {
    const text =
      'The 35-room facility, one of two care homes in the village, is home to 20 elderly people, including Lee Anne West’s 94-year-old father-in-law, Don, who has lived at the home for 21/2 years.\n\n' +
      'Lee Anne said: “All the families that I have spoken with are shocked, upset, angry and disappointed that the safe and familiar place that our elderly relatives have called home is to be closed and pulled down.';
    expect(speakers(text).map((s) => s[1])).toEqual(['Lee Anne West']);
  });
});

describe('a quotation opening a sentence after reported speech in its paragraph (cap-body, tuning pool)', () => {
  it('gives the quotation to whoever the sentence before reports (Finance News, fresh-7)', () => {
    const text =
      'Philip Dunne, the Conservative MP for Ludlow and chair of the Commons environmental audit committee, told the Guardian that Ofwat was not using its full powers to target CEO pay. “They do have the power to sanction remuneration arrangements for directors already, and I don’t think they have done that.”';
    expect(speakers(text).map((s) => s[1])).toEqual(['Philip Dunne']);
  });
});

describe('a quotation alone on its line as a subheading (cap-body, tuning pool)', () => {
  it('does not continue the previous speaker into a short quoted subheading (BBC News, fresh)', () => {
    const text =
      'Asking by Marr about low morale among junior doctors, Mr Hunt said: "One of the reasons for that anger is that they were told by the BMA that their pay was going to be cut - it isn\'t.\n\n' +
      '"They were told that they were going to be asked to work longer hours - they aren\'t," he added.\n\n' +
      '"We are actually bringing down the hours that they work. And if you are told by your union that the health secretary wants to do these awful things - of course you are going to feel devalued."\n\n' +
      "'Alienating a generation'\n\n" +
      'BMA junior doctor committee chairman Dr Johann Malawana said Mr Hunt was threatening to impose a contract that junior doctors had "roundly rejected".';
    expect(speakers(text).find((s) => s[0] === 'Alienating a generation')?.[1]).toBeNull();
  });
});

describe('a headline’s title before the quotation with no verb, or after it with one (cap-body, tuning pool)', () => {
  it('gives "MP ‘scared’" to the member the page names next (Hartlepool Mail, tuning half)', () => {
    const text =
      'MP ‘scared’ of health reforms\n\n' +
      'EASINGTON MP Grahame Morris has slammed the Government’s refusal to publish controversial documents relating to alleged risks planned reforms could have on the NHS.';
    expect(speakers(text).map((s) => s[1])).toEqual(['Grahame Morris']);
  });

  it('gives a headline closing with "says Prime Minister" to the holder the page names next (The Carer UK, fresh-5)', () => {
    const text =
      'NHS Waiting Lists “Key Priority for 2023” says Prime Minister\n\n' +
      'Prime Minister Rishi Sunak has said cutting NHS waiting lists will be one of his five key priorities for 2023.';
    expect(speakers(text).map((s) => s[1])).toEqual(['Rishi Sunak']);
  });
});

describe('a run ending in a body’s noun is no person (cap-body, tuning pool)', () => {
  it('proposes no newspaper as the person a lede’s title introduces (Romford Recorder, fresh-9)', () => {
    const text =
      'The chief executive of a mental health charity says cutbacks in funding have “destabled” the organisation.\n\n' +
      'Romford Recorder: Vanessa Bennett, chief executive of Havering MindVanessa Bennett, chief executive of Havering Mind (Image: Archant)';
    expect(speakers(text).map((s) => s[1])).toEqual(['Vanessa Bennett']);
  });
});

describe('a run ending in a government document’s noun is no person (stop 25, fresh-10)', () => {
  it('reads "today’s Autumn Statement" as no one, so the lede’s title introduces the next person named (LocalGov, fresh-10)', () => {
    const text =
      "Further cuts to local government in today’s Autumn Statement would be a 'disaster' for councils, the general secretary of trade union Unison has said.\n\n" +
      'Dave Prentis called on chancellor George Osborne to ‘recognise the disproportionate hit local government has taken’.';
    expect(speakers(text)).toEqual([
      ['disaster', 'Dave Prentis', 'general secretary', 'Unison'],
      ['recognise the disproport', 'Dave Prentis', 'general secretary', 'Unison'],
    ]);
  });
});

describe('a name on a line of its own before the date is the byline, no speaker (stop 25, fresh-10)', () => {
  it('gives a lede’s title to the person the page names next, not to the writer above it (LocalGov, fresh-10)', () => {
    const text =
      'Dan Peters 05 December 2013\n\n' +
      'AS2013: Further cuts would be disaster for councils, says Unison\n\n' +
      "Further cuts to local government in today’s Autumn Statement would be a 'disaster' for councils, the general secretary of trade union Unison has said.\n\n" +
      'Dave Prentis called on chancellor George Osborne to ‘recognise the disproportionate hit local government has taken’.';
    expect(speakers(text).map((s) => s[1])).toEqual(['Dave Prentis', 'Dave Prentis']);
  });
});

describe('a month after a known given name is a surname (cap-body, tuning pool)', () => {
  it('reads "Theresa May" as a person (NHS Providers, tuning half)', () => {
    const text = 'Theresa May has promised a "multi-year" funding plan for the NHS in England in an appearance before the Commons Liaison Committee.';
    expect(speakers(text).map((s) => s[1])).toEqual(['Theresa May']);
  });
});

describe('titles a user would see broken (role round 2, fresh-4, fresh-9)', () => {
  it('reads "(NCAFC) member" as the title "member", not ") member" (Morning Star, fresh-9)', () => {
    const text =
      'National Campaign Against Fees and Cuts (NCAFC) member Ana Oppenheim said education is “not a product to be bought and sold” and that it should be freely available.';
    expect(speakers(text)).toEqual([['not a product to be boug', 'Ana Oppenheim', 'member', 'National Campaign Against Fees and Cuts']]);
  });

  it('reads "Chief Fire Officer" as a title, not the title "Officer" at a body "Chief Fire" (Buzz, fresh-9)', () => {
    const text =
      'In a statement by the DWFRS released on January 23rd, Chief Fire Officer Andy Cole said:\n' +
      '“Dorset & Wiltshire Fire & Rescue Authority will be considering a recommendation at its February meeting to start public consultation';
    expect(speakers(text)[0]?.slice(1, 3)).toEqual(['Andy Cole', 'Chief Fire Officer']);
  });

  it('reads "Branch President" as a title, not the title "President" at a body "Branch" (UNISON Scotland, fresh-9)', () => {
    const text =
      'John Stevenson, Branch President, said: “UNISON is angry for three reasons. Firstly to hear about these cuts through the media is a disgrace.';
    expect(speakers(text)[0]?.slice(1, 4)).toEqual(['John Stevenson', 'Branch President', null]);
  });
});

describe('a title held in a department or over a listed remit (role round 2, fresh-4, fresh-7, fresh-8)', () => {
  it('reads "parliamentary under secretary of state in the Department for …, Housing and Communities" whole (PropTech, fresh-8)', () => {
    const text =
      'Responding to an oral question from Lord Shipley in the House of Lords on Monday, who outlined the latest homelessness figures, Baroness Penn, parliamentary under secretary of state in the Department for Levelling Up, Housing and Communities (DLUHC), said she “would acknowledge that those figures are too high”.';
    expect(speakers(text)[0]?.slice(2, 4)).toEqual(['parliamentary under secretary of state', 'Department for Levelling Up, Housing and Communities']);
  });

  it('reads a remit listed in lower case past its commas (The Writers Town, fresh-7)', () => {
    const text =
      'Councillor Butt Philip, the council\'s cabinet member for transformation, human resources, and localities, said: "We have taken a number of decisions locally to protect non-statutory services but the system is clearly broken on a national level."';
    expect(speakers(text)[0]?.[2]).toBe('cabinet member for transformation, human resources, and localities');
  });

  it('ends a remit before a second office joined by "and" (Room151, fresh-4)', () => {
    const text =
      'David Williams, County Councils Network spokesman for health and social care, and leader of Hertfordshire County Council, said: “With spending on social care falling for the first time in almost a decade – despite demand rising – it is clear councils are now struggling to protect frontline care services.”';
    expect(speakers(text)[0]?.slice(1, 3)).toEqual(['David Williams', 'spokesman for health and social care']);
  });
});

describe('a summary of what came before as someone’s message names whose words they were (role round 3, fresh-2, fresh-5, fresh-8)', () => {
  it('gives a quotation to the person a following “That is the message from …” names (PoliticsHome, fresh-5)', () => {
    const text =
      'Social care is in crisis, a "chronic failing of public policy" that requires radical reform. That is the message from Age UK\'s Michelle Mitchell to the government ahead of tomorrow\'s Queen\'s Speech.';
    expect(speakers(text)).toEqual([['chronic failing of publi', 'Michelle Mitchell', null, 'Age UK']]);
  });

  it('gives a quotation to the person, and their title, a following “The view was expressed by …” names (Nursing in Practice, fresh-2)', () => {
    const text =
      'Care England is ‘concerned, annoyed and irritated’ that the government has announced controversial changes to the immigration rules for care workers without consulting the sector.\n\n' +
      'The view was expressed by Professor Martin Green, Care England’s chief executive, at a House of Commons Health and Social Care Committee hearing on Tuesday.';
    expect(speakers(text)).toEqual([['concerned, annoyed and i', 'Martin Green', 'chief executive', 'Care England']]);
  });
});

describe('a definite title no one near it holds stands for whom the page gives that office or who heads that body (role round 3, fresh-6, fresh-8)', () => {
  it('gives a headline’s “Minister says …” to the minister the page names further on, past other people (Dolphin’s Blowhole, fresh-6)', () => {
    const text =
      'Minister says there’s “no excuse” for cuts to social care like Southampton Council’s\n' +
      '\n' +
      'Posted on November 1, 2011 by\n' +
      '\n' +
      '\n' +
      'The Minister for Care Services has criticised local authorities such as Southampton for cutting social care using the excuse of central government cuts despite extra money has been made available for social care.\n' +
      '\n' +
      'In a statement from local MPs Alan Whitehead and John Denham Southampton City Council has been slammed for planning to cut almost £3.5 million from next year, including support for vulnerable people,  funding for helping elderly people to live independently, reductions in day care services and further increasing care charges.\n' +
      '\n' +
      'The Council have maintained that its hand has been forced by cuts to central government funding, but in a statement to the Telegraph Paul Burstow, the care services minister, has said that:';
    expect(speakers(text)[0]?.slice(1, 3)).toEqual(['Paul Burstow', 'care services minister']);
  });

  it('gives “the head of representative body Care England has said” to the person the page later gives Care England’s top office (Community Care, fresh-8)', () => {
    const text =
      'A shortfall in English council funding for care homes, which leaves providers reliant on private-paying residents, is creating a “postcode lottery” in care quality, the head of representative body Care England has said.\n' +
      '\n' +
      'Data released today by researchers LaingBuisson suggests the average fee per resident paid to care homes by local authorities falls short of service provision costs by more than £100 a week.\n' +
      '\n' +
      'This situation, according to LaingBuisson’s analysis, means residents who self-fund their care are filling a funding gap of £1.3 billion a year.\n' +
      '\n' +
      'The National Living Wage and requirements to employ more carers to support residents with increasingly complex dependencies have fuelled an “inexorable rise” in care home costs, said LaingBuisson founder William Laing.\n' +
      '\n' +
      'Fees being paid to homes by councils averaged £486 per resident per week in 2016/17, against a minimum requirement of £590 in order to generate a “reasonable return”, according to the company.\n' +
      '\n' +
      '‘Two-tier’ fears\n' +
      '\n' +
      'Research published last year identified a steady rise in insolvency among care home providers between 2012/13 and 2014/15.\n' +
      '\n' +
      'Martin Green, Care England’s chief executive, told Community Care that the finance gap highlighted by LaingBuisson risks accelerating the creation of a “two-tier” system in which only those who can afford to pay for it will receive good quality care.';
    expect(speakers(text)[0]?.slice(1, 4)).toEqual(['Martin Green', 'head', 'Care England']);
  });
});

describe('a word opening a title that names no body (role round 4, fresh-6 and fresh-10)', () => {
  it('keeps a demonym in the title and holds the office at the body the passage named last (BBC Wales, fresh-6)', () => {
    const text =
      'A row has broken out between the UK government and the Police Federation over the number of police officers to be lost in Wales due to spending cuts.\n' +
      'The federation has claimed Wales would lose 1,600 officers - the equivalent of an entire police force.\n' +
      'Welsh chairman Jeff Mapps said: "These are police officers going from the frontline".';
    expect(speakers(text)).toEqual([['These are police officer', 'Jeff Mapps', 'Welsh chairman', 'Police Federation']]);
  });

  it('keeps a common noun the page writes in lower case in the title (Management in Practice, fresh-10)', () => {
    const text =
      'A spate of practice closures is scheduled for the next few weeks across the country, meaning thousands of patients will be displaced.\n\n' +
      'Practice manager Pam Ilnyckyj described the situation as being a ‘crisis’. The ‘national shortage of GPs has led to difficulty in recruiting permanent doctors,’ she said. ';
    expect(speakers(text).map((s) => s.slice(1, 3))).toEqual([
      ['Pam Ilnyckyj', 'Practice manager'],
      ['Pam Ilnyckyj', 'Practice manager'],
    ]);
  });
});

describe('a title after “according to” closing a sentence (role round 4, fresh-9 and fresh-10)', () => {
  it('gives the sentence’s quotation to the person the title introduces (BBC News, fresh-9)', () => {
    const text =
      'The size of Northern Ireland\'s hospital waiting lists is "undermining" the principle of a free health service, according to the health minister.\n' +
      'Robin Swann was speaking ahead of the publication of the latest waiting list figures on Thursday morning.';
    expect(speakers(text)).toEqual([['undermining', 'Robin Swann', 'health minister', null]]);
  });

  it('reads the title without its article, and it introduces the next person named (Police Federation, fresh-10)', () => {
    const text =
      'The equivalent of nine police forces will be lost by next year if cut backs continue to bite at the same rate, according to chair of the Police Federation of England and Wales.\n\n' +
      'Steve White is warning that austerity measures are having a profound impact on the kind of service the police will be able to offer the public.\n\n' +
      'Mr White said: “We are clearly at a point where we cannot do everything we have always done, the cracks are showing. Officers have managed in the face of 20 per cent cuts but good will is waning and the stress of coping with depleting numbers and increasing priorities could end in catastrophe.\n\n' +
      '“If there are no more resources for policing and we have to continue then we will no longer be able to provide a full 24/7 response service on everything.  I do not think that is what the public will want. We do not just deal with crime; we deal with the prevention of crime, missing persons, welfare checks, people with mental health issues, neighbourhood policing, road traffic accidents – but officers are saying they cannot continue as they are.”';
    expect(speakers(text)).toEqual([['We are clearly at a poin', 'Steve White', 'chair', 'Police Federation of England and Wales']]);
  });
});

describe('an apposition of “of” or “from” and a body the page names nowhere else (role round 4, fresh-6 and fresh-10)', () => {
  it('holds the person at the body after “of” (Chester Chronicle, fresh-10)', () => {
    const text =
      'Ray McHale, of Cheshire Unison, said proposed cuts go beyond savings brought about by reorganising local government.\n\n' +
      'Mr McHale said: “They won’t give us any actual jobs figures. Occasionally managers bandy around figures of between 400-800, some have said between 500-1,000.”';
    expect(speakers(text)).toEqual([['They won’t give us any a', 'Ray McHale', null, 'Cheshire Unison']]);
  });

  it('holds the person at the group after “from the” (BBC News, fresh-6)', () => {
    const text =
      'Council chairman Hag Harris, from the Independent Voice group, added his concerns, saying: "I don\'t want to vote against the budget but this is not a credible budget in terms of adult services."';
    expect(speakers(text).map((s) => [s[1], s[3]])).toEqual([['Hag Harris', 'Independent Voice']]);
  });
});

describe('a party’s adjective alone before a name (role round 4, fresh-9 and fresh-10)', () => {
  it('holds the person at the party (Diggersland, fresh-9)', () => {
    const text =
      'Council leader, Liberal Democrat Carl Minns, introduced the plan by stressing the budget problems inherited by central Government and said: “In response, the Government is requiring every arm of the public sector to make substantial savings.\n\n' +
      '“In Hull this will amount to around £40 million (plus redundancy costs) this year.”';
    expect(speakers(text).map((s) => [s[1], s[3]])).toEqual([['Carl Minns', 'Liberal Democrat']]);
  });

  it('holds a councillor at the party before the honorific (Ealing Times, fresh-10)', () => {
    const text =
      "Liberal Democrat Councillor Nigel Bakhai, whose ward includes Hanwell library, and group leader Gary Malcolm agreed, branding the consultation 'a disgrace' and 'a ploy' respectively.";
    expect(speakers(text)[0]).toEqual(['a disgrace', 'Nigel Bakhai', 'Councillor', 'Liberal Democrat']);
  });
});

describe('how a role’s words are cut (role wording round, fresh-7, fresh-10 and fresh-11)', () => {
  it('names a party’s leader with the party, as a council leader is named with the council (Swansea Socialist, fresh-11)', () => {
    const text =
      'The now infamous (for his part in the destruction of the Chartist Mural) Bob Bright, Labour leader of Newport Council, described the cuts as ‘seismic’, while Kevin Madge, Labour leader of Carmarthenshire talks about the £30+ million his council is looking to cut, as a ‘tsunami’.';
    expect(speakers(text)[0]).toEqual(['seismic', 'Bob Bright', 'Labour leader of Newport Council', 'Labour Party']);
  });

  it('keeps the seat an MP or a councillor sits for in the title, not as an organisation (Guardian via Finance News, fresh-7; Bucks Free Press, fresh-10)', () => {
    const mp =
      'Philip Dunne, the Conservative MP for Ludlow and chair of the Commons environmental audit committee, told the Guardian that Ofwat was not using its full powers to target CEO pay. “They do have the power to sanction remuneration arrangements for directors already, and I don’t think they have done that.”';
    expect(speakers(mp)).toEqual([['They do have the power t', 'Philip Dunne', 'Conservative MP for Ludlow', null]]);
    const councillor = 'Councillor for Penn Wood and Old Amersham, Isobel Darby, said: “A consultation is nothing new to this authority.';
    expect(speakers(councillor)[0]).toEqual(['A consultation is nothin', 'Isobel Darby', 'Councillor for Penn Wood and Old Amersham', null]);
  });
});

describe('“the council” speaking is the body the page named with that noun (round 6, fresh-10 and fresh-11)', () => {
  it('gives “The council said” the city council, not the acronym named more often (BBC, fresh-10)', () => {
    const text =
      "Parents 'really worried' over SEND transport plans\n\n" +
      'A Sheffield mum has said she is "really worried" about planned changes to school transport for children with special educational needs and disabilities (SEND).\n' +
      'Sheffield City Council told parents of over-16s it was considering giving them personal budgets to make their own arrangements, as it faced a £7m overspend on school transport.\n' +
      'Stevie Kendall, who lives in Stocksbridge, said she felt the new system would be less reliable and more expensive, calling for "reassurance" from the council that it would work.\n' +
      'The council said it "remained committed to provide the very best" for families, adding it would keep parents updated with the impact of any changes.';
    expect(speakers(text).at(-1)).toEqual(['remained committed to pr', null, null, 'Sheffield City Council']);
  });

  it('looks back past the gap for a generic noun to the council named at the top (Newbury Today, fresh-11)', () => {
    const text =
      'WEST Berkshire Council has hit back at claims that it has already made a decision about the future of its libraries.\n\n' +
      'As previously reported in the Newbury Weekly News, the council is proposing to close eight of the district’s nine libraries as part of its second phase of cuts to public services.\n\n' +
      'Two weeks ago, the district council held a behind-closed-doors meeting with representatives of the parishes whose libraries are under threat.\n\n' +
      'In a letter published in this week’s NWN, anti-cuts campaigner Carolyne Culver says: “According to report backs from the meeting, parish councillors were advised to form resident charitable trusts to take control of the running of their libraries.\n\n' +
      '“This is despite the fact that the formal West Berkshire Council public consultation about proposed library closures still had one week to run. This exposes the consultation as a sham.”\n\n' +
      'Ms Culver’s letter adds: “Representatives of the residents’ campaigns to prevent library closures were not invited, and neither were parish councillors or residents from areas that use the mobile libraries.\n\n' +
      '“Councillor Hilary Cole’s [who set up the meeting] excuse was that this would be ‘unwieldy and unproductive’.”\n\n' +
      'The council said the invite was narrowed to “ensure a manageable discussion”.';
    expect(speakers(text).at(-1)).toEqual(['ensure a manageable disc', null, null, 'WEST Berkshire Council']);
  });
});

describe('a title “of” a place and a body’s noun in lower case is held at that body (round 6, fresh-6 and fresh-11)', () => {
  it('holds the lede’s chairman, and the person it introduces, at the county’s police federation (Basingstoke Observer, fresh-11)', () => {
    const text =
      ' date 2016-11-17 The chairman of Hampshire’s police federation has insisted he will take “no pleasure” in seeing his warning on the predicted drop in officers across the county come true.\n\n' +
      'John Apter expressed his concern last year that continued cuts to the force\n\n' +
      'would see the number of Hampshire Constabulary officers drop to 1,000 less than in 2010 by next year.\n\n' +
      'A total of 3,748 policemen and women were employed in the county six years ago, while the latest figures released by the Home Office show there to have been 2,883 by March 2016 – a drop of 865.';
    expect(speakers(text)).toEqual([['no pleasure', 'John Apter', 'chairman', 'Hampshire’s police federation']]);
  });
});

describe('a committee’s chairman is held at the committee the page names in lower case (round 6, fresh-9 and fresh-11)', () => {
  it('holds the committee chairman at the public accounts committee of the report (My Press Today, fresh-11)', () => {
    const text =
      'In a report published today, the public accounts committee says a “crisis situation” has been reached, with local authorities increasingly unable to meet the soaring costs of providing temporary accommodation.\n' +
      'Councils are instead routinely prioritising short-term solutions such as putting up families in B&Bs, with the costs having risen from more than £1.6 billion in 2022-23 to about £2.1bn in 2023-24.\n' +
      'Committee chairman Sir Geoffrey Clifton-Brown said: “My committee is deeply concerned by the number of people currently being housed in sub-standard, overpriced and at times, wholly inappropriate accommodation, sometimes a long way from their previous home.';
    expect(speakers(text).at(-1)).toEqual(['My committee is deeply c', 'Geoffrey Clifton-Brown', 'Committee chairman', 'public accounts committee']);
  });

  it('reads the committee’s name after the council’s possessive (BBC, fresh-9)', () => {
    const text =
      "However, the Conservative-led council's adult social care and communities scrutiny committee voted to reject the call-in at a meeting on Wednesday.\n" +
      '"The majority of the committee were not convinced by the argument that the decision-making process hadn\'t been followed and therefore dismissed the \'call in\'," said committee chairman Stephan Fifield.';
    expect(speakers(text).map((s) => s[3])).toEqual(['adult social care and communities scrutiny committee']);
  });
});

describe('an Irish surname particle shows the speaker’s gender (stop 26, fresh-9 and fresh-10)', () => {
  it('lets “She said” stand for “Phil Ní Sheaghdha”, though “Phil” is most often a man’s name (Waterford Live, fresh-10)', () => {
    const text =
      'INMO General Secretary, Phil Ní Sheaghdha has called the situation urgent.\n\n' +
      'She said, "Over 1,000 patients have been on trolleys since the 1st of February. This is not acceptable and demands urgent and decisive action from the HSE and the Minister for Health.';
    expect(speakers(text).map((s) => s[1])).toEqual(['Phil Ní Sheaghdha']);
  });
});

describe('short fragments the page gives someone (recall round 8, tuning pool)', () => {
  it('keeps a fragment whose sentence closes on a speech verb (News Sniffer, fresh-8)', () => {
    const text = 'Proposed cutbacks at 12 Northern Ireland fire stations are "unsafe, ill-judged and dangerous", the firefighters\' union has said.';
    expect(speakers(text).map((s) => s[0])).toEqual(['unsafe, ill-judged and d']);
  });

  it('keeps a fragment in a short headline below a site’s banner (Police Oracle, fresh-10)', () => {
    const text =
      'We are currently experiencing network problems with the desktop version of Police Oracle. We hope to have these resolved as soon as possible.\n\n' +
      "Fed: Fall In Officer Numbers 'Alarming'\n\n" +
      'Police staff associations have mounted a fresh attack on the government’s attitude to public safety after latest figures showed officer numbers have plummeted.';
    expect(speakers(text).map((s) => s[0])).toEqual(['Alarming']);
  });

  it('keeps a campaign’s name, its slogan, in a sentence of speech: no named thing like a survey (The Pharmacist, fresh-6)', () => {
    const text =
      'Complete with a giant map to illustrate the scale of the closures in regions across England, the event marked the launch of the ‘Fight4Pharmacies’ campaign, which is calling for investment in the sector and a re-evaluation of the contract, organised by the Association of Independent Multiple Pharmacies (AIMp).';
    expect(speakers(text).map((s) => s[0])).toContain('Fight4Pharmacies');
  });

  it('keeps a fragment after a form of a speech verb no speaker is read from (Independent, fresh-11)', () => {
    const text = 'Headteachers in the northeast of England have written to more than 300,000 parents over fears that their school budgets are at “breaking point”.';
    expect(speakers(text)).toEqual([['breaking point', null, null, null]]);
  });

  it('reads a body opening a sentence inside a paragraph as its subject, after the space the full stop leaves (ITV, fresh-6)', () => {
    const text =
      'Private care home residents fees are 40 per cent higher on average than those paid by councils, which works out to be around £12,000. ' +
      'The CMA may take legal action against a number of care homes in a clampdown on charging families for "extended periods" following the death of a resident, or asking for unfair fees upfront.';
    expect(speakers(text)).toEqual([['extended periods', null, null, 'CMA']]);
  });

  it('drops a quoted word the short line counts in the plural (Telegraph, fresh-6)', () => {
    const text =
      'Why your local pharmacy is on life support\n\n' +
      'They’re the easiest way into healthcare for many people but community chemists are dying out – just when we need them more than ever\n\n' +
      'It comes down, perhaps unsurprisingly, to the two “M”s: money and manpower';
    expect(speakers(text)).toEqual([]);
  });
});

describe('two shapes of a title kept by judgement, each in one pool page (stop 26, fresh-11)', () => {
  it('holds a title “with” a body at that body (Irish Examiner, fresh-11)', () => {
    const text =
      '“There is a clear lack of hospital capacity over the last number of weeks, and you can see that here in Cork,” said Liam Conway, industrial relations officer with the Irish Nurses and Midwives Organisation (INMO).';
    expect(speakers(text).map((s) => [s[1], s[2], s[3]])).toEqual([['Liam Conway', 'industrial relations officer', 'Irish Nurses and Midwives Organisation']]);
  });

  it('keeps a plural’s possessive in the title, whom the post serves (Coventry Telegraph, fresh-11)', () => {
    const text =
      'Labour councillor Jim O’Boyle, children’s services cabinet member, says the 14 remaining council-run Sure Start centres in more deprived areas could better target “vulnerable” children most in need.';
    expect(speakers(text).map((s) => [s[1], s[2]])).toEqual([['Jim O’Boyle', 'children’s services cabinet member']]);
  });
});

describe('a body’s name is not cut short at its own words (round 7, fresh-8 and fresh-10)', () => {
  it('keeps a role word before a plural noun in the name (Schools Week, fresh-8)', () => {
    const text =
      'The annual conference of the National Association of Head Teachers will begin in Telford today, with delegates set to hear from Damian Hinds, the education secretary, this afternoon.\n\n' +
      'One motion will propose that the union’s leaders explore options to challenge the funding crisis “up to and including industrial action”.';
    expect(speakers(text)).toEqual([['up to and including indu', null, null, 'National Association of Head Teachers']]);
  });

  it('keeps the words a name joins with “and” in the name (South Yorkshire Police Federation, fresh-10)', () => {
    const text =
      'In a submission ahead of the Government’s 2015 Comprehensive Spending Review – coming in November – the Association of Police and Crime Commissioners said that “budget cuts will radically change policing”.';
    expect(speakers(text)).toEqual([['budget cuts will radical', null, null, 'Association of Police and Crime Commissioners']]);
  });
});

describe('speakers on pages nobody tuned for (speaker9 round)', () => {
  it('reads two words the page also writes before a body’s noun (“Hywel Dda Health Board”) as no person a pronoun stands for (Cambrian News, fresh-12)', () => {
    const text =
      'AN MS has voiced concern over the Welsh Government’s decision to de-escalate motoring of Hywel Dda health board in west Wales.\n' +
      'Cefin Campbell, MS for mid and west Wales, criticised a recent decision by the Welsh Government to de-escalate Hywel Dda Health Board’s status from level 4 to level 3 monitoring, saying that emails he receives from constituents "contradict" the shift.';
    expect(speakers(text).map((s) => s[1])).toEqual(['Cefin Campbell']);
  });
});
