// A newsroom CMS checks that an editor's rewrite of wire copy kept every number, date, name and
// quotation. The articles are invented for this example.
import { describe, expect, it } from 'vitest';
import { article } from 'crossfact/testing';

const wire = article(
  `
  Hollin school reopens after the flood

  Hollin Primary School will reopen on September 2 after repairs that cost £1.8 million, the Farrowdale council said on Thursday.

  All 340 pupils will return to the main building.

  "The children have waited long enough," head teacher Ada Brennan said.
  `,
  { source: 'Regional Wire' },
);

describe('rewrites of wire copy', () => {
  it('keep the facts of the wire when the editor only reorders and rephrases', () => {
    const rewrite = article(
      `
      Flood-hit Hollin school to reopen

      The Farrowdale council said on Thursday that Hollin Primary School will reopen on September 2, after £1.8 million of repairs.

      All 340 pupils will go back to the main building. "The children have waited long enough," said head teacher Ada Brennan.
      `,
      { id: 'site', source: 'Our Site' },
    );
    expect(rewrite).toKeepFactsOf(wire);
  });

  it('are caught when they change a number and drop the quotation', () => {
    const sloppy = article(
      `
      Flood-hit Hollin school to reopen

      The Farrowdale council said on Thursday that Hollin Primary School will reopen on September 2, after £1.8 million of repairs.

      All 430 pupils will go back to the main building.
      `,
      { id: 'site' },
    );
    expect(sloppy).not.toKeepFactsOf(wire);
    // Only the numbers: the changed pupil count is still caught.
    expect(sloppy).not.toKeepFactsOf(wire, { aspects: ['number'] });
    expect(sloppy).toKeepFactsOf(wire, { aspects: ['date'] });
    // What a failing test prints: the lost facts and the divergence, with offsets into the texts.
    expect(() => expect(sloppy).toKeepFactsOf(wire)).toThrow(/quote "The children have waited long enough" regional-wire#3 \[\d+-\d+\]/);
    expect(() => expect(sloppy).toKeepFactsOf(wire)).toThrow(/divergence \(number\) between regional-wire, site: .*"340".*"430"/);
  });

  it('can be checked from plain texts', () => {
    expect('On Thursday the council said 340 pupils will return.').toKeepFactsOf('340 pupils will return, the council said on Thursday.');
  });
});
