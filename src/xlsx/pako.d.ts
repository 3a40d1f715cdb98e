/** The part of pako 1.x's streaming API the zip reader uses (pako 1 ships no types). */
declare module 'pako' {
  export class Inflate {
    constructor(options?: { raw?: boolean; chunkSize?: number });
    onData: (chunk: Uint8Array) => void;
    push(data: Uint8Array, mode?: boolean | number): boolean;
    readonly err: number;
    readonly msg: string;
    readonly ended: boolean;
  }
}
