// Run by tests/shapes.test.ts in a child process with --allow-natives-syntax: for each class
// whose shape `keepShapeOf` keeps, whether an instance used as a comparison uses it still has the
// shape of one kept.
import { ParsingContext } from 'chrono-node';
import { corpusIdf, profileStatement } from '../../src/align/profile.js';
import { PairSpace } from '../../src/align/space.js';
import { dateParser } from '../../src/extract/dates/index.js';
import { resolveEntities } from '../../src/extract/resolve.js';
import { CleanTextBuilder } from '../../src/ingest/builder.js';
import { readArticles } from '../../src/read.js';
import { keptShapes } from '../../src/shapes.js';
import { tokenize } from '../../src/text/tokens.js';
import { seedArticles, seedManifest } from './seeds.js';

const haveSameShape = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;
// Against the objects kept once everything below has run (chrono's first result is kept when
// it comes), and those their fields hold (a date result's components).
const shapeKept = (instance: object) =>
  keptShapes()
    .flatMap((kept) => [kept, ...Object.values(kept).filter((value): value is object => typeof value === 'object' && value !== null)])
    .some((kept) => haveSameShape(kept, instance));

const articles = seedArticles;

const profiles = resolveEntities(readArticles(articles)).statements.flat().map(profileStatement);
const space = new PairSpace(corpusIdf(profiles));
space.keepSharedSenses(profiles);
for (let i = 1; i < profiles.length; i++) {
  const [a, b] = [space.encode(profiles[i - 1]!), space.encode(profiles[i]!)];
  space.overlapWith(a, b);
  space.matchedBySense(a, b);
  space.largerSurplus(a, b);
}

const text = articles[0]!.text;
const builder = new CleanTextBuilder(text);
builder.appendOriginal(0, text.length);
builder.appendSynthetic('\n\n', text.length);
builder.build();

const reference = { instant: new Date(seedManifest[0]!.publishedAt), timezone: 0 };
const [result] = dateParser.parse('on March 31, 2025', reference);

process.stdout.write(
  JSON.stringify({
    PairSpace: shapeKept(space),
    CleanTextBuilder: shapeKept(builder),
    ParsingContext: shapeKept(new ParsingContext(text, reference, {})),
    ParsingResult: shapeKept(result!),
    ParsingComponents: shapeKept(result!.start),
    Token: shapeKept(tokenize(profiles[0]!.statement.text)[0]!),
  }),
);
