// A worker thread's entry: registers the TypeScript loader in this thread (a worker does not
// inherit the main thread's), then runs the analysis worker.
import { tsImport } from 'tsx/esm/api';

await tsImport('./worker.ts', import.meta.url);
