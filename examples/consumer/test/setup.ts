// One import registers toHaveDivergence, toAgreeOn, toReportOnlyIn and toKeepFactsOf with vitest's
// `expect`, adds the report snapshot serializer, and types the matchers for the whole project.
import 'crossfact/testing/vitest';
