/**
 * Words by which an article takes a side on a claim, or keeps its distance from it. `report`
 * marks a statement that passes on what someone else says or wrote rather than saying it in the
 * outlet's own voice.
 */
export type CueKind = 'refutation' | 'hedge' | 'agreement' | 'report';

const PATTERNS: Record<CueKind, RegExp> = {
  refutation: /\b(actually|ridiculous|question(?:s|ed|ing)? the authenticity|skeptic(?:al|ism)?|sceptic(?:al|ism)?|doubts?|doubtful|turned out|misidentified|not (?:really|actually)|hoax(?:es)?|fake|faked|false(?:ly)?|debunk(?:ed|s|ing)?|den(?:y|ied|ies|ying)|deni[ae]ls?|not true|untrue|no evidence|fabricat(?:ed|ion)|satir(?:e|ical)|unfounded|baseless|misleading|myth|retract(?:ed|ion)?|incorrect|never happened|doctored|photoshopped|not real|refut(?:e|ed|es)|dismiss(?:ed|es)|rubbish|nonsense|bogus|prank|spoof|parody|rejects?|rejected|no truth|not the case)\b/gi,
  hedge: /\b(reportedly|allegedly|alleged|claims?|claimed|rumou?rs?|rumou?red|unconfirmed|unverified|according to|said to|purportedly|supposedly|apparently|appears? to|may|might|could|possibl[ey]|speculat(?:e|ed|ion)|not yet (?:been )?(?:confirmed|verified)|if true|would be)\b/gi,
  report: /\b(said|says|say|told|tells|report(?:s|ed|edly)?|according to|quot(?:e|es|ed|ing)|wrote|writes|claim(?:s|ed)?|alleg(?:e|es|ed|edly)|stated|believe[sd]?|suggest(?:s|ed)?|insist(?:s|ed)?|sources?|insiders?|tabloid|website|posted|tweeted|word has it|rumou?r(?:s|ed)?)\b/gi,
  agreement: /\b(confirm(?:ed|s)?|announc(?:ed|es)|officially|verified|revealed|it is true|indeed|proved|proven|in fact|has been found)\b/gi,
};

export interface FoundCue {
  kind: CueKind;
  text: string;
  /** Offsets in the statement's text. */
  start: number;
  end: number;
}

export function findCues(text: string, kind: CueKind): FoundCue[] {
  return [...text.matchAll(PATTERNS[kind])]
    // "confirmed" negated ("has not confirmed") is no agreement; "did not deny" is no refutation.
    // Hedges and reported speech keep their distance from a claim negated or not.
    .filter((m) => kind === 'hedge' || kind === 'report' || !/\b(not|never|no|n't)\s+(\w+\s+)?$/i.test(text.slice(Math.max(0, m.index - 16), m.index)))
    .map((m) => ({ kind, text: m[0], start: m.index, end: m.index + m[0].length }));
}
