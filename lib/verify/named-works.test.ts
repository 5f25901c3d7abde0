import { describe, expect, it } from 'vitest';
import { readerClaims } from '../../test-support/verify/reader-claims';
import { findQuotationSpans } from '../capture/quotation-spans';
import { withoutNamedWorks } from './named-works';

// Verbatim lines of unseen-4 (tuning pool since stop 16): Calderdale Council's news page and the BMA's "Your chance to reshape the NHS".
const REPORT_TITLE = 'Calderdale Council’s support for the LGA report: ‘One year on: the LGA green paper for adult social care and wellbeing’';
const PROJECT_TITLE =
  'Speaking on 8 May at a day-long conference at BMA House to discuss and debate the association’s ‘caring, supportive, collaborative: a future vision for the NHS’ project, Dr Nagpaul said that project would encompass three work streams.';
// The same page's quotation of his words, read as his (the reader's claim for it).
const SPOKEN = 'He said: ‘How would we organise the NHS to optimise our lives and the lives of our patients? … That is what this project is about, it’s about having a clear, positive vision of what we want as oppose to reacting to what others are actually organising.’';

const nagpaul = { speakerName: 'Chaand Nagpaul', personId: 'chaand-nagpaul', confidence: 0.85 };
const lga = { organisationName: 'Local Government Association', organisationId: 'local-government-association', confidence: 0.7 };

const read = (text: string, claim: Parameters<typeof readerClaims>[1][number]) => withoutNamedWorks(text, readerClaims(text, [claim]), findQuotationSpans(text));

describe('a quotation naming a work', () => {
  it('is nobody’s when a work noun and a colon stand before it', () => {
    const [title] = read(REPORT_TITLE, lga);
    expect(title?.organisationId).toBeUndefined();
    expect(title?.confidence).toBeLessThan(0.5);
  });

  it('is nobody’s when a work noun follows its closing mark', () => {
    const [title] = read(PROJECT_TITLE, nagpaul);
    expect(title?.personId).toBeUndefined();
  });

  it('leaves spoken words their speaker, which end on a stop, or follow a speech verb', () => {
    expect(read(SPOKEN, nagpaul)[0]?.personId).toBe('chaand-nagpaul');
    const saidInReport = REPORT_TITLE.replace('Calderdale Council’s support for the LGA report:', 'The LGA said in its report:');
    expect(read(saidInReport, lga)[0]?.organisationId).toBe('local-government-association');
  });
});
