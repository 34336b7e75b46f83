import { article } from '../src/testing/index.js';

/**
 * Articles written for these tests (invented town, people and figures). A wire story, a newsroom
 * rewrite of it that changes one number, trims a quotation and drops two facts, and a faithful rewrite.
 */
export const wire = article(
  `
  Alder Street bridge to close for repairs

  The city of Portmere will close the Alder Street bridge for 14 days from May 20, officials said on Monday.

  Mayor Lena Ortiz said: "We cannot wait any longer on this bridge."

  The repairs will cost $3.2 million and will be paid by the state of Norland.

  About 12,000 cars cross the bridge every day.
  `,
  { source: 'Wire' },
);

export const rewrite = article(
  `
  Alder Street bridge to shut for two weeks

  Portmere will close the Alder Street bridge for 21 days from May 20, officials said on Monday.

  Mayor Lena Ortiz said: "We cannot wait any longer."

  The repairs will cost $3.2 million, officials said.

  A ferry will run during the closure.
  `,
  { id: 'cms', source: 'Newsroom CMS' },
);

export const faithful = article(
  `
  Portmere shuts Alder Street bridge for repairs

  Officials said on Monday that Portmere will close the Alder Street bridge for 14 days from May 20.

  "We cannot wait any longer on this bridge," Mayor Lena Ortiz said.

  The state of Norland will pay for the repairs, which will cost $3.2 million.

  Every day about 12,000 cars use the bridge.
  `,
  { id: 'faithful', source: 'Faithful Desk' },
);
