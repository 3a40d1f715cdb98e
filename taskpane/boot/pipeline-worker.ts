/** Starts the pipeline worker; webpack 5 turns this `new Worker(new URL(...))` into its own chunk. */
export function startPipelineWorker(): Worker {
  // @ts-expect-error import.meta: the type-check runs with module commonjs (jest, the CLI); webpack compiles this file as an ES module.
  return new Worker(new URL('../run/pipeline.worker.ts', import.meta.url), { name: 'throughline-pipeline' });
}
