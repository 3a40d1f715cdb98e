/**
 * The pipeline worker (webpack bundles it as its own chunk: taskpane/boot/pipeline-worker.ts).
 * Office.js is not available here, and is not needed: the taskpane reads and writes the workbook
 * on the main thread and posts plain data.
 */
import { createPipelineEngine } from './pipeline-engine';
import type { ToWorker } from './protocol';

const scope = self as unknown as {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
};
const engine = createPipelineEngine((message, transfer) => scope.postMessage(message, transfer ?? []));
scope.onmessage = (e) => void engine.receive(e.data);
