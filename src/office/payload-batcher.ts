/**
 * Queues Office.js requests and syncs when the pending payload would pass a byte budget.
 * Excel on the web rejects a request body above about 5 MB; keeping each batch under ~4 MB of
 * JSON leaves room for the envelope. The sync count then grows with bytes written, never with
 * the number of rows or requests.
 */
export const DEFAULT_BATCH_BYTES = 4_000_000;
/** Rough JSON overhead of one queued request (method name, object path, ids). */
export const REQUEST_OVERHEAD_BYTES = 150;

export class PayloadBatcher {
  private pending = 0;
  private queued = 0;
  private count = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget = DEFAULT_BATCH_BYTES,
  ) {}

  /** Queue `requests` requests carrying about `bytes` of data; syncs first when they would not fit. */
  async add(bytes: number, queue: () => void, requests = 1): Promise<void> {
    const size = bytes + requests * REQUEST_OVERHEAD_BYTES;
    if (this.queued > 0 && this.pending + size > this.budget) await this.sync();
    queue();
    this.pending += size;
    this.queued++;
  }

  /** Sync whatever is queued (no round trip when nothing is). */
  async flush(): Promise<void> {
    if (this.queued > 0) await this.sync();
  }

  /** A sync that is needed regardless of payload (to read loaded values). */
  async sync(): Promise<void> {
    await this.context.sync();
    this.count++;
    this.pending = 0;
    this.queued = 0;
  }

  get syncs(): number {
    return this.count;
  }
}

/** JSON size of a payload, the measure the budget is in. */
export function jsonBytes(value: unknown): number {
  return JSON.stringify(value)?.length ?? 0;
}

/** Office.js's error for a request or response over the host's size limit. */
export function isPayloadLimitError(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
}
