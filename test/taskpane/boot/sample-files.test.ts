import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_AS_OF, SAMPLE_FILES } from '../../../taskpane/boot/sample-files';
import * as fixture from '../../fixtures/planted-findings';

describe('the browser demo sample list', () => {
  it('names every workbook in assets/samples once', () => {
    const onDisk = readdirSync(join(__dirname, '..', '..', '..', 'assets', 'samples')).filter((f) => f.endsWith('.xlsx'));
    expect([...SAMPLE_FILES].sort()).toEqual(onDisk.sort());
  });

  it('starts at the date the samples are written for', () => {
    expect(SAMPLE_AS_OF).toBe(fixture.SAMPLE_AS_OF);
  });
});
