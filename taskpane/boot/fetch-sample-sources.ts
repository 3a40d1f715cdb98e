import type { RawSource } from '../../src/core/types';
import { loadSourceFile } from '../app/load-source-file';
import { SAMPLE_FILES } from './sample-files';

/** Fetch the bundled sample workbooks (copied next to the taskpane by webpack) and read them. */
export async function fetchSampleSources(baseUrl: string): Promise<RawSource[]> {
  return Promise.all(
    SAMPLE_FILES.map(async (name) => {
      const res = await fetch(`${baseUrl}${encodeURIComponent(name)}`);
      if (!res.ok) throw new Error(`Could not load the sample ${name} (HTTP ${res.status}).`);
      return loadSourceFile(new Uint8Array(await res.arrayBuffer()), name);
    }),
  );
}
