// Compare the embedded sample articles and print the Markdown report: `npm run demo`.
import { compareArticles, renderMarkdown } from '../src/index.js';
import { sampleArticles } from './samples.js';

const report = compareArticles(sampleArticles);
process.stdout.write(renderMarkdown(report));
