/** exceljs's copy of the default Office theme (a plain string module), reused for the theme part. */
declare module 'exceljs/lib/xlsx/xml/theme1' {
  const xml: string;
  export = xml;
}
