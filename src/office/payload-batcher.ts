/**
 * Queues Office.js requests and syncs when the pending payload would pass a byte budget.
 * Excel on the web rejects a request body above about 5 MB; keeping each batch under ~4 MB of
 * JSON leaves room for the envelope. The sync count then grows with bytes written, never with
 * the number of rows or requests.
 */
export const DEFAULT_BATCH_BYTES = 4_000_000;
/**
 * JSON overhead of one queued request as Office.js sends it: the action ({"Id","ActionType",
 * "Name","ObjectPathId","ArgumentInfo"}, ~90 bytes), the object path it acts on (~110 bytes) and
 * that path's instantiate action (~60 bytes).
 */
export const REQUEST_OVERHEAD_BYTES = 260;

export class PayloadBatcher {
  private pending = 0;
  private queued = 0;
  private count = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budgetBytes = DEFAULT_BATCH_BYTES,
  ) {}

  /** Queue `requests` requests carrying about `bytes` of data; syncs first when they would not fit. */
  async add(bytes: number, queue: () => void, requests = 1): Promise<void> {
    const size = bytes + requests * REQUEST_OVERHEAD_BYTES;
    if (this.queued > 0 && this.pending + size > this.budgetBytes) await this.sync();
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

  /** The byte budget per sync. */
  get budget(): number {
    return this.budgetBytes;
  }

  get syncs(): number {
    return this.count;
  }
}

/** JSON size of a payload in UTF-8 bytes (what the request weighs on the wire), the measure the budget is in. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? '');
}

/** UTF-8 length of a string without encoding it. */
export function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff) {
      // A surrogate pair: 2 code units, 4 bytes.
      n += 2;
      i++;
    } else n += 2;
  }
  return n;
}

/** Office.js's error for a request or response over the host's size limit. */
export function isPayloadLimitError(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
}
