// Checks rows in batches, on worker threads when the bundled worker script is there (dist/cli.js
// runs next to dist/blast-worker.js) and more than one core is free; in this thread otherwise
// (small files, tests running the TypeScript sources).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Blast, BlastOptions, RowResult } from './check.js';
import type { ContactRow } from './contacts.js';

export interface BatchRequest {
  id: number;
  rows: ContactRow[];
}
export type BatchResponse = { id: number; results: RowResult[] } | { id: number; error: string };

export interface RowChecker {
  check(rows: ContactRow[]): Promise<RowResult[]>;
  close(): Promise<void>;
}

/** The bundled worker script beside this bundle, if there is one. */
export function workerScript(): URL | undefined {
  const url = new URL('./blast-worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

export function inProcess(blast: Blast): RowChecker {
  return {
    check: async (rows) => rows.map((r) => blast.checkRow(r.row, r.values)),
    close: async () => {},
  };
}

const YOUNG_GENERATION_MB = 8;

export function workerPool(script: URL, size: number, options: BlastOptions): RowChecker {
  const idle: Worker[] = [];
  const waiting: { request: BatchRequest; resolve: (r: RowResult[]) => void; reject: (e: Error) => void }[] = [];
  const pending = new Map<number, { worker: Worker; resolve: (r: RowResult[]) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  let failure: Error | undefined;
  const workers = Array.from({ length: size }, () => {
    // A small young generation: each batch's garbage is short-lived, and V8's default (up to
    // 3 × 16 MB per thread) would put a 100,000-row run over its 300 MB budget for no speed gained.
    const worker = new Worker(script, { workerData: options, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    worker.on('message', (response: BatchResponse) => {
      const task = pending.get(response.id);
      if (!task) return;
      pending.delete(response.id);
      if ('error' in response) task.reject(new Error(response.error));
      else task.resolve(response.results);
      release(worker);
    });
    worker.on('error', (error) => {
      failure = error;
      for (const task of pending.values()) task.reject(error);
      pending.clear();
      for (const w of waiting.splice(0)) w.reject(error);
    });
    idle.push(worker);
    return worker;
  });
  function release(worker: Worker) {
    const next = waiting.shift();
    if (next) dispatch(worker, next.request, next.resolve, next.reject);
    else idle.push(worker);
  }
  function dispatch(worker: Worker, request: BatchRequest, resolve: (r: RowResult[]) => void, reject: (e: Error) => void) {
    pending.set(request.id, { worker, resolve, reject });
    worker.postMessage(request);
  }
  return {
    check(rows) {
      return new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        const request = { id: nextId++, rows };
        const worker = idle.pop();
        if (worker) dispatch(worker, request, resolve, reject);
        else waiting.push({ request, resolve, reject });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
