/**
 * The bundled samples (assets/samples/, copied to ./samples/ by webpack), the first one playing
 * "this workbook" in the demo. test/taskpane/boot/sample-files.test.ts keeps this list in step
 * with the folder.
 */
export const SAMPLE_FILES: readonly string[] = [];
