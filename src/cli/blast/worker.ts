// Worker-thread entry (bundled to dist/blast-worker.js): checks batches of rows with the same
// Blast the main thread compiled, so a 10,000-row file uses every core.
import { parentPort, workerData } from 'node:worker_threads';
import { Blast, type BlastOptions } from './check.js';
import type { BatchRequest, BatchResponse } from './pool.js';

const blast = new Blast(workerData as BlastOptions);
parentPort!.on('message', (request: BatchRequest) => {
  let response: BatchResponse;
  try {
    response = { id: request.id, results: request.rows.map((r) => blast.checkRow(r.row, r.values)) };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(response);
});
