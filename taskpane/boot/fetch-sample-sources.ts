import type { SourceFile } from '../app/state/use-taskpane';
import { SAMPLE_FILES } from './sample-files';

/** Fetch the bundled sample workbooks (copied next to the taskpane by webpack), as bytes. */
export async function fetchSampleFiles(baseUrl: string): Promise<SourceFile[]> {
  return Promise.all(
    SAMPLE_FILES.map(async (name) => {
      const res = await fetch(`${baseUrl}${encodeURIComponent(name)}`);
      if (!res.ok) throw new Error(`Could not load the sample ${name} (HTTP ${res.status}).`);
      return { name, bytes: new Uint8Array(await res.arrayBuffer()) };
    }),
  );
}
