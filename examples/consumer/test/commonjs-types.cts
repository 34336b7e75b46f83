// Type-checked only (tsc in `npm test`): a CommonJS TypeScript module gets the .d.cts declarations of
// both entries through the "require" conditions of the exports map.
import crossfact = require('crossfact');
import testing = require('crossfact/testing');

const original: crossfact.ArticleInput = testing.article('The ferry carried 96 passengers on Sunday.', { id: 'original' });
const report: crossfact.ComparisonReport = crossfact.compareArticles([original, testing.article('The ferry carried 69 passengers on Sunday.', { id: 'b' })]);
const options: testing.DivergenceExpectation = { aspect: 'number', between: ['original', 'b'] };
const result: testing.MatcherResult = testing.crossfactMatchers.toHaveDivergence.call(undefined, report, options);
const text: string = testing.formatReport(report, { statements: false });
export = { result, text };
