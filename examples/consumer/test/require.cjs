// A CommonJS program, as a jest user without ESM would have: require() of both entries, and
// crossfact/testing/jest registering itself on a global `expect`.
'use strict';
const assert = require('node:assert/strict');
const crossfact = require('crossfact');
const testing = require('crossfact/testing');

assert.equal(typeof crossfact.compareArticles, 'function');
assert.equal(typeof crossfact.CrossfactError, 'function');
assert.equal(typeof testing.crossfactMatchers.toKeepFactsOf, 'function');

const original = testing.article('The ferry carried 96 passengers on Sunday.', { id: 'original' });
const rewrite = testing.article('On Sunday the ferry carried 69 passengers.', { id: 'rewrite' });
const result = testing.crossfactMatchers.toKeepFactsOf.call({ isNot: false }, rewrite, original);
assert.equal(result.pass, false);
assert.match(result.message(), /divergence \(number\) between original, rewrite/);

// Errors thrown through crossfact/testing are the library's own class: one instance of the library.
assert.throws(() => testing.crossfactMatchers.toHaveDivergence.call({}, [{ id: 'a', text: '' }]), crossfact.CrossfactError);

// crossfact/testing/jest extends the global expect it finds, as jest's setupFilesAfterEnv would run it.
const registered = {};
globalThis.expect = { extend: (matchers) => Object.assign(registered, matchers), addSnapshotSerializer: (s) => (registered.serializer = s) };
require('crossfact/testing/jest');
assert.deepEqual(Object.keys(registered).sort(), ['serializer', 'toAgreeOn', 'toHaveDivergence', 'toKeepFactsOf', 'toReportOnlyIn']);
assert.equal(registered.serializer, testing.crossfactSerializer);
delete globalThis.expect;

console.log('require: ok');
