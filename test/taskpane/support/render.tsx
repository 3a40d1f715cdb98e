import { FluentProvider, RendererProvider, createDOMRenderer, webLightTheme } from '@fluentui/react-components';
import { render, type RenderResult } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { toHaveNoViolations } from 'jest-axe';
import type { ReactElement } from 'react';
import { deserialize, serialize } from 'node:v8';
import { CompressionStream as NodeCompressionStream } from 'node:stream/web';
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';

// jest's jsdom environment hides Node's structuredClone (browsers have it; dagre uses it).
if (typeof globalThis.structuredClone !== 'function') {
  globalThis.structuredClone = <T,>(value: T): T => deserialize(serialize(value)) as T;
}

// jest's jsdom environment also hides CompressionStream, which every browser the add-in runs in
// has and the summary writer (src/xlsx/write-zip.ts) deflates with: give it Node's, the same API.
if (typeof globalThis.CompressionStream !== 'function') {
  globalThis.CompressionStream = NodeCompressionStream as unknown as typeof globalThis.CompressionStream;
}
if (typeof globalThis.TextEncoder !== 'function') {
  globalThis.TextEncoder = NodeTextEncoder as unknown as typeof globalThis.TextEncoder;
  globalThis.TextDecoder = NodeTextDecoder as unknown as typeof globalThis.TextDecoder;
}

// jsdom has no layout, so no ResizeObserver (Fluent's MessageBar observes its width to reflow).
if (typeof globalThis.ResizeObserver !== 'function') {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

// Every UI test that renders through here can assert `expect(await axe(el)).toHaveNoViolations()`.
expect.extend(toHaveNoViolations);

/**
 * Griffel's CSS goes into a detached document: jsdom's getComputedStyle walks every rule of the
 * page on each call, and with Fluent's stylesheet in the page a single user-event click on a
 * Dropdown takes close to a minute. Behaviour and roles do not depend on the CSS.
 */
export function renderQuick(ui: ReactElement): RenderResult {
  const sink = document.implementation.createHTMLDocument('styles');
  return render(
    <RendererProvider renderer={createDOMRenderer(sink)} targetDocument={document}>
      {ui}
    </RendererProvider>,
  );
}

/** Render inside Fluent's provider, as the taskpane does. */
export function renderFluent(ui: ReactElement): RenderResult {
  return renderQuick(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}

/** user-event without per-action timers (Fluent components need none in jsdom). */
export const user = userEventBase.setup({ delay: null });
