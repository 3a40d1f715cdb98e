import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { RawSource } from '../../src/core/types';
import type { WorkbookPort } from '../../src/port/workbook-port';

export interface AppProps {
  readonly port: WorkbookPort;
  /** Follow the Office theme (taken by the host bootstrap, never from the Office global here). */
  readonly dark: boolean;
  /** Department files already added (the browser demo adds the other samples). */
  readonly initialFiles?: readonly RawSource[];
}

/** The taskpane: five steps from departmental sheets to the summary, each reachable at any time. */
export function App({ dark }: AppProps) {
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <main aria-label="Throughline" />
    </FluentProvider>
  );
}
