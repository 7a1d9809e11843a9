/// <reference lib="webworker" />
/** Article work off the UI thread. One request per worker: the page terminates the worker to cancel. */
import { runWork, type WorkMessage, type WorkRequest } from './lib/article-work';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: WorkMessage) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<WorkRequest>) => {
  void runWork(event.data, post).then(post);
};
