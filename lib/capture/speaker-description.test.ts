import { describe, expect, it } from 'vitest';
import type { Mention } from './known-mentions';
import { describeSpeaker } from './speaker-description';

/** The mentions of `names` in `text`, as organisations the page names (unknown ones, by their surface). */
function mentions(text: string, names: readonly [string, string][]): Mention[] {
  return names
    .flatMap(([surface, name]) => [...text.matchAll(new RegExp(surface, 'g'))].map((m) => ({ id: `unknown:${name}`, surface, start: m.index, end: m.index + surface.length })))
    .sort((a, b) => a.start - b.start);
}

describe('describeSpeaker: a sentence-opening generic noun for a body', () => {
  it('reads "Union president" as the body the passage is about, named most, not the last one named', () => {
    const text =
      'Nurse shortages in cancer, palliative, paediatric, and rehabilitation care are now impacting patients and could worsen over the winter, the Irish Nurses and Midwives Organisation (INMO) has said.\n' +
      'This includes “severe gaps in staffing” at University Hospital Limerick and Cork University Hospital in vital services such as maternity, cancer care, and palliative care, they warned.\n' +
      'Union president Caroline Gourley said jobs are not being filled when someone leaves or retires.';
    const name = text.indexOf('Caroline Gourley');
    const organisations = mentions(text, [
      ['Irish Nurses and Midwives Organisation', 'Irish Nurses and Midwives Organisation'],
      ['INMO', 'Irish Nurses and Midwives Organisation'],
      ['University Hospital Limerick and Cork University Hospital', 'University Hospital Limerick and Cork University Hospital'],
    ]);
    const lineStart = text.lastIndexOf('\n', name) + 1;
    expect(describeSpeaker(text, lineStart, name, name + 'Caroline Gourley'.length, text.indexOf(' said jobs'), organisations)).toEqual({
      role: 'president',
      organisationName: 'Irish Nurses and Midwives Organisation',
    });
  });

  it('reads a lede\'s "Union leader" as the body the next sentence names', () => {
    const text =
      'Union leader Pat Cullen has urged Health Secretary Steve Barclay “not to be disrespectful” to nurses. ' +
      'The Royal College of Nursing (RCN) general secretary’s comment came after Mr Barclay described their action as “premature”.';
    const name = text.indexOf('Pat Cullen');
    const organisations = mentions(text, [['Royal College of Nursing', 'Royal College of Nursing']]);
    expect(describeSpeaker(text, 0, name, name + 'Pat Cullen'.length, text.indexOf(' has urged'), organisations)).toEqual({
      role: 'leader',
      organisationName: 'Royal College of Nursing',
    });
  });
});

describe('describeSpeaker: the leader of a party group on a council', () => {
  it('keeps the group in the title and reads it as the body ("leader of the Green group on the council")', () => {
    const text = 'Steve Davis, leader of the Green group on the council, said: “I am gobsmacked that at the exact time our public services face the biggest cuts this city has seen in years.”';
    const name = text.indexOf('Steve Davis');
    expect(describeSpeaker(text, 0, name, name + 'Steve Davis'.length, text.indexOf(' said:'), [])).toEqual({
      role: 'leader of the Green group',
      organisationName: 'Green group',
    });
  });
});

describe('describeSpeaker: a body opening a title with a remit or a portfolio', () => {
  const described = (text: string, name: string) => {
    const at = text.indexOf(name);
    return describeSpeaker(text, 0, at, at + name.length, text.indexOf(' said:'), []);
  };

  it('reads the body before a title of a lower-case remit (Morning Star, fresh-8)', () => {
    const text =
      'Ofgem director of enforcement Cathryn Scott said: “Protecting consumers is a priority for Ofgem and we will continue to monitor the wholesale energy markets in Great Britain and ensure their integrity on behalf of energy users.';
    expect(described(text, 'Cathryn Scott')).toEqual({ role: 'director of enforcement', organisationName: 'Ofgem' });
  });

  it('reads the body before a secretary "for" a place (BBC, fresh-11)', () => {
    const text = 'FBU regional secretary for London Paul Embery said: "These cuts are dangerous and wrong. No-one wants them, apart from Boris Johnson.';
    expect(described(text, 'Paul Embery')).toEqual({ role: 'regional secretary for London', organisationName: 'FBU' });
  });
});

describe('describeSpeaker: a director of a body’s regional or national arm', () => {
  const described = (text: string, name: string) => {
    const at = text.indexOf(name);
    return describeSpeaker(text, 0, at, at + name.length, text.indexOf(' said:'), []);
  };

  it('reads a name ending in a compass point as the body, not a department (Swindon Advertiser, fresh-12)', () => {
    const text = 'Rupert Cox, managing director of Stagecoach West, said: “We started the service 3 to help link communities that were underserved by public transport';
    expect(described(text, 'Rupert Cox')).toEqual({ role: 'managing director', organisationName: 'Stagecoach West' });
  });

  it('reads a name ending in a nation as the body, not a department (Mind Cymru, fresh-11)', () => {
    expect(described('Sara Moseley, Director of Mind Cymru, said:', 'Sara Moseley')).toEqual({ role: 'Director', organisationName: 'Mind Cymru' });
  });
});

describe('describeSpeaker: two offices joined by "and"', () => {
  it('reads a lone office noun after what the person is as the role (Doncaster Free Press)', () => {
    const text = 'But Kelvin Hurd, a paramedic and official for trade union Unite, said: “If you ring an ambulance and your life is in danger there’s a good chance one in three won’t get it in time.';
    const name = text.indexOf('Kelvin Hurd');
    const organisations = mentions(text, [['Unite', 'Unite']]);
    expect(describeSpeaker(text, 0, name, name + 'Kelvin Hurd'.length, text.indexOf(' said:'), organisations)).toEqual({ role: 'official', organisationName: 'Unite' });
  });

  it('reads the first of two titles before a name as the role when the second is held at a body of its own (HSJ)', () => {
    const text =
      'Turning to integrated care systems, Northumbria Healthcare FT chief executive and NHS England’s elective recovery director Sir Jim Mackey said the recently established organisations should not tell chief executives “how to run hospitals”.';
    const name = text.indexOf('Sir Jim Mackey');
    const organisations = mentions(text, [['Northumbria Healthcare FT', 'Northumbria Healthcare FT'], ['NHS England', 'NHS England']]);
    expect(describeSpeaker(text, text.indexOf('Northumbria'), name, name + 'Sir Jim Mackey'.length, text.indexOf(' said the'), organisations).role).toBe('chief executive');
  });
});

describe('describeSpeaker: an occupation as the title (WordNet, lib/capture/occupation-nouns.ts)', () => {
  it('reads an occupation before the name as the role (Morning Star)', () => {
    const text = 'Real Cardiff author Peter Finch said the idea that library services “should be sacrificed in pursuit of saving a small sliver from the local council’s budget is appalling beyond belief.';
    const name = text.indexOf('Peter Finch');
    expect(describeSpeaker(text, 0, name, name + 'Peter Finch'.length, text.indexOf(' said the'), []).role).toBe('author');
  });

  it('reads an occupation in a comma-set phrase before the name as the role (Plaid Cymru)', () => {
    const text =
      'Boosting funding for Mental Health Services provided by the NHS is a vital step that Plaid Cymru is committed to delivering, according to the party’s Parliamentary candidate for Ceredigion, Ben Lake.';
    const name = text.indexOf('Ben Lake');
    expect(describeSpeaker(text, text.indexOf('the party’s'), name, name + 'Ben Lake'.length, text.length, []).role).toBe('Parliamentary candidate');
  });
});

describe('describeSpeaker: an honorific between the title and the name', () => {
  it('leaves the honorific out of the title (The Comet)', () => {
    const text = 'EEAST chief executive Dr Anthony Marsh said: “We are aware that our response times are not what they should be and that is why we are working hard to improve our response times';
    const name = text.indexOf('Anthony Marsh');
    expect(describeSpeaker(text, 0, name, name + 'Anthony Marsh'.length, text.indexOf(' said:'), mentions(text, [['EEAST', 'EEAST']]))).toEqual({
      role: 'chief executive',
      organisationName: 'EEAST',
    });
  });
});

describe('describeSpeaker: a director "for" a department', () => {
  it('keeps the department in the title, not as an organisation (The Northern Echo)', () => {
    const text = 'But Assistant Director for Integrated Passenger Transport Richard Owens said services between Northallerton and Richmond would be continuing, with changes.';
    const name = text.indexOf('Richard Owens');
    expect(describeSpeaker(text, 0, name, name + 'Richard Owens'.length, text.indexOf(' said services'), [])).toEqual({
      role: 'Assistant Director for Integrated Passenger Transport',
    });
  });
});
