import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, type RenderResult } from '@testing-library/react';
import { toHaveNoViolations } from 'jest-axe';
import type { ReactElement } from 'react';

// Every UI test that renders through here can assert `expect(await axe(el)).toHaveNoViolations()`.
expect.extend(toHaveNoViolations);

/** Render inside Fluent's provider, as the taskpane does. */
export function renderFluent(ui: ReactElement): RenderResult {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}
