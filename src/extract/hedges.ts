// Words by which an outlet marks a statement as less than certain.
const HEDGE = /\b(likely|unlikely|may|might|could|reportedly|allegedly|apparently|possibl[ey]|probabl[ey]|perhaps|suggest(?:s|ed|ing)?|appear(?:s|ed)? to|seem(?:s|ed)?|speculat(?:e|es|ed|ion)|rumou?r(?:s|ed)?|unconfirmed|purportedly|supposedly|believed to|expected to|uncertain|unclear|claim(?:s|ed)?|potential(?:ly)?|could not be ruled out|cannot be ruled out)\b/gi;

export interface RawCue {
  start: number;
  end: number;
  text: string;
}

export function findHedges(text: string): RawCue[] {
  return [...text.matchAll(HEDGE)]
    .filter((m) => !(m[0] === 'May' && m.index > 0)) // the month, not the modal
    .map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}
