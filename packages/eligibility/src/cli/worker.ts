import { parentPort } from 'node:worker_threads';
import { runBatch, type Batch } from './ndjson.js';

parentPort!.on('message', (batch: Batch) => parentPort!.postMessage(runBatch(batch)));
