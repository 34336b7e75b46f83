// An aggregator compares every story of the day at once with compareMany: from the packed
// package, its worker threads load dist/many-worker.js, from the ESM and the CommonJS builds.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { compareArticles, compareMany, type ArticleInput, type ClusterResult } from 'crossfact';

const stories: Array<{ id: string; articles: ArticleInput[] }> = [
  {
    id: 'ferry',
    articles: [
      { id: 'wire', text: 'The ferry carried 96 passengers on Sunday, the operator said.' },
      { id: 'local', text: 'On Sunday the ferry carried 69 passengers, according to the operator.' },
    ],
  },
  {
    id: 'library',
    articles: [
      { id: 'wire', text: 'The city library will open on Saturdays from March, the mayor announced.' },
      { id: 'blog', text: 'From March the library opens on Saturdays, the mayor said.' },
    ],
  },
];

describe('compareMany from the package', () => {
  it('returns the reports of compareArticles, cluster by cluster, from worker threads', async () => {
    const results: ClusterResult[] = [];
    for await (const result of compareMany(stories, { concurrency: 2 })) results.push(result);
    expect(results.map((r) => r.id).sort()).toEqual(['ferry', 'library']);
    for (const result of results) {
      expect(result.ok).toBe(true);
      const story = stories.find((s) => s.id === result.id)!;
      if (result.ok) expect(result.report).toEqual(compareArticles(story.articles));
    }
  });

  it('works from require() too', () => {
    const script = `
      const { compareMany } = require('crossfact');
      (async () => {
        const ids = [];
        for await (const r of compareMany(${JSON.stringify(stories)}, { concurrency: 2 })) ids.push(r.id + ':' + r.ok);
        console.log(ids.sort().join(','));
      })();`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('ferry:true,library:true');
  });
});
