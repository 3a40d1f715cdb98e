/** What the taskpane needs to know before it renders: are we inside Office, and is its theme dark. */
export interface OfficeStart {
  /** Office host name ("Excel"), or null outside Office (a plain browser: demo mode). */
  readonly host: string | null;
  /** True when the Office theme's body background is dark. */
  readonly dark: boolean;
}

/**
 * Wait for office.js and report the host. Outside Office, office.js still loads and
 * Office.onReady resolves with host null (see TOOLCHAIN.md); without office.js at all we
 * resolve the same way, so the taskpane can run as a browser demo.
 */
export async function waitForOffice(): Promise<OfficeStart> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return { host: null, dark: false };
  const info = await Office.onReady();
  if (!info.host) return { host: null, dark: false };
  return { host: String(info.host), dark: isDarkColour(Office.context.officeTheme?.bodyBackgroundColor) };
}

/** Relative luminance under 0.5 reads as a dark theme. */
function isDarkColour(hex: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? '0', 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
