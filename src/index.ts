export { compareArticles } from './pipeline.js';
export { relateStatements, type RelateOptions } from './relate.js';
export { renderMarkdown, escapeMarkdown } from './render/markdown.js';
export { renderHtml, escapeHtml, type HtmlOptions } from './render/html.js';
export { CrossfactError, isCrossfactError, type CrossfactErrorCode, type CrossfactIssue } from './errors.js';
export type { CompareOptions } from './options.js';
export type { RelationModel } from './align/model.js';
export type * from './types.js';
