import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { installCorpus } from '../storage/corpus-install';
import type { PolicyLensDb } from '../storage/db';
import { openTestDatabase } from '../storage/test-db';
import { roleHoldersOnPage } from './dated-roles';
import { withNameForms } from './name-forms';

// The bundled corpus: Matt Hancock ("the Health Secretary") and Jonathan Ashworth ("the shadow health secretary"), quoted on 11 February 2021.
const corpus = loadBundledCorpus();
const people = withNameForms(corpus.people);
// Future Care Capital's column (test-support/verify/unseen-2/), which calls him by his title only.
const CLAIM = 'When the Health Secretary published his White Paper setting out how the NHS in England is to be reformed through another major restructure, he claimed there was “no better time than now” to do it.';

describe('roleHoldersOnPage', () => {
  let db: PolicyLensDb;
  beforeAll(async () => {
    db = openTestDatabase();
    await installCorpus(db, corpus);
  });
  afterAll(() => db.delete());

  it('takes a role alias for the person the corpus quotes within a month of the page’s dateline', async () => {
    expect(await roleHoldersOnPage(db, people, `11th February 2021 about a 4 minute read\n\n${CLAIM}`)).toEqual(new Set(['matt-hancock']));
    expect(await roleHoldersOnPage(db, people, `2 March 2021\n\n${CLAIM}`)).toEqual(new Set(['matt-hancock']));
  });

  it('takes it for nobody on an undated page or one dated further from their statements', async () => {
    expect(await roleHoldersOnPage(db, people, CLAIM)).toEqual(new Set());
    expect(await roleHoldersOnPage(db, people, `8 July 2021\n\n${CLAIM}`)).toEqual(new Set());
  });
});
