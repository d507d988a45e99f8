// A Worker asked questions and answering each by its number: `ask` posts `{ id, ...message }` and
// resolves with the `result` of the reply that carries the same id (or rejects with its `error`).
// The Worker starts on the first question; `close` stops it and rejects what is still waiting.

export interface WorkerReply<R> { id: number; result?: R; error?: string }

export class WorkerClient<M extends object, R> {
  #worker: Worker | null = null;
  #waiting = new Map<number, { resolve: (result: R) => void; reject: (error: Error) => void }>();
  #seq = 0;
  #closed = false;

  /** `start` makes the Worker (vite's `new Worker(new URL(…), { type: 'module' })` pattern); `what` names the work in errors. */
  constructor(private readonly start: () => Worker, private readonly what: string) {}

  /** Posts a question (`transfer`: buffers handed over, not copied). */
  ask(message: M, transfer: Transferable[] = []): Promise<R> {
    if (this.#closed) return Promise.reject(new Error(`${this.what}: this graph was closed`));
    const id = ++this.#seq;
    return new Promise<R>((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      this.#ensure().postMessage({ id, ...message }, transfer);
    });
  }

  /** Posts a message that has no answer (e.g. the data later questions read). */
  tell(message: M, transfer: Transferable[] = []): void {
    if (!this.#closed) this.#ensure().postMessage({ id: 0, ...message }, transfer);
  }

  #ensure(): Worker {
    if (this.#worker) return this.#worker;
    const worker = (this.#worker = this.start());
    worker.onmessage = (event: MessageEvent<WorkerReply<R>>) => {
      const request = this.#waiting.get(event.data.id);
      this.#waiting.delete(event.data.id);
      if (event.data.error === undefined && event.data.result !== undefined) request?.resolve(event.data.result);
      else request?.reject(new Error(event.data.error ?? `${this.what}: no answer`));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      for (const request of this.#waiting.values()) request.reject(new Error(`${this.what}: ${event.message || 'the worker failed'}`));
      this.#waiting.clear();
    };
    return worker;
  }

  close(): void {
    this.#closed = true;
    this.#worker?.terminate();
    for (const request of this.#waiting.values()) request.reject(new Error(`${this.what}: this graph was closed`));
    this.#waiting.clear();
  }
}

/** The Worker side: answers each question with `answer`'s result, or its error as a message. */
export function answerQuestions<M extends object, R>(answer: (message: M) => R | undefined): void {
  self.onmessage = (event: MessageEvent<M & { id: number }>) => {
    const { id } = event.data;
    let reply: WorkerReply<R>;
    try {
      reply = { id, result: answer(event.data) };
    } catch (error) {
      reply = { id, error: error instanceof Error ? error.message : String(error) };
    }
    if (id !== 0) (self as unknown as Worker).postMessage(reply);
  };
}
