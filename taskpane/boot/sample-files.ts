/**
 * The bundled samples (assets/samples/, copied to ./samples/ by webpack). In the browser demo the
 * first plays "this workbook" and the others are department files already added.
 * test/taskpane/boot/sample-files.test.ts keeps this list in step with the folder.
 */
export const SAMPLE_FILES: readonly string[] = [
  'Engineering.xlsx',
  'Actuarial.xlsx',
  'Customer-Support.xlsx',
  'Finance.xlsx',
  'IT.xlsx',
  'Marketing.xlsx',
];

/** The date the samples are written for; the demo starts there (change it in the Report step). */
export const SAMPLE_AS_OF = '2026-11-16';
