// The worker of compareMany when crossfact runs from its TypeScript sources (tests, tsx): a
// worker thread does not take tsx from the parent (nor `--import` in its execArgv on Node 20),
// so it registers tsx itself and loads worker.ts. The built package uses dist/many-worker.js.
import { register } from 'tsx/esm/api';

register();
const { default: compareTask } = await import('./worker.ts');
export default compareTask;
