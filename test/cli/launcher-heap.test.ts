// The launcher is plain CommonJS (bin/), loaded as it ships.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { heapToRunWith } = require('../../bin/heap.js') as {
  heapToRunWith: (facts: { heapLimitBytes: number; totalMemoryBytes: number; execArgv: string[]; nodeOptions?: string; inputBytes: () => number }) => number | undefined;
};

const MB = 2 ** 20;
const GB = 2 ** 30;
/** Node 20's default heap on this 23 GB machine: 4,144 MB (docs/BENCHMARKS.md). */
const DEFAULT_HEAP = 4144 * MB;
const facts = (over: Partial<Parameters<typeof heapToRunWith>[0]> = {}) => ({
  heapLimitBytes: DEFAULT_HEAP,
  totalMemoryBytes: 23 * GB,
  execArgv: [] as string[],
  inputBytes: () => 40 * MB,
  ...over,
});

describe('the launcher\'s heap for big inputs (bin/heap.js)', () => {
  it('asks for half the machine\'s memory, at most 8 GB, for inputs over 32 MB', () => {
    // 23 GB / 2 = 11,776 MB, capped at 8,192.
    expect(heapToRunWith(facts())).toBe(8192);
    // 12 GB / 2 = 6,144 MB; a 16 GB machine's Node default of 2,096 MB is raised to 8,192.
    expect(heapToRunWith(facts({ totalMemoryBytes: 12 * GB }))).toBe(6144);
    expect(heapToRunWith(facts({ totalMemoryBytes: 16 * GB, heapLimitBytes: 2096 * MB }))).toBe(8192);
  });

  it('runs in this node for inputs of 32 MB or less, or when the heap is already about as large', () => {
    expect(heapToRunWith(facts({ inputBytes: () => 32 * MB }))).toBeUndefined();
    expect(heapToRunWith(facts({ inputBytes: () => 32 * MB + 1 }))).toBe(8192);
    // 8 GB machine: half is 4,096 MB, within 256 MB of the 4,144 MB there is.
    expect(heapToRunWith(facts({ totalMemoryBytes: 8 * GB }))).toBeUndefined();
    expect(heapToRunWith(facts({ heapLimitBytes: 7937 * MB }))).toBeUndefined();
    expect(heapToRunWith(facts({ heapLimitBytes: 7935 * MB }))).toBe(8192);
  });

  it('leaves a heap the user chose, on node\'s command line or in NODE_OPTIONS, without reading the inputs', () => {
    const unread = () => {
      throw new Error('the inputs were measured');
    };
    expect(heapToRunWith(facts({ execArgv: ['--max-old-space-size=6000'], inputBytes: unread }))).toBeUndefined();
    expect(heapToRunWith(facts({ nodeOptions: '--enable-source-maps  --max-old-space-size=2048', inputBytes: unread }))).toBeUndefined();
    // The second node itself carries the flag: it never starts a third.
    expect(heapToRunWith(facts({ execArgv: ['--max-old-space-size=8192'], heapLimitBytes: 8192 * MB, inputBytes: unread }))).toBeUndefined();
  });
});
