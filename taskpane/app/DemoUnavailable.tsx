import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from '@fluentui/react-components';

/** Shown when the browser demo cannot start (samples missing or unreadable). */
export function DemoUnavailable({ message }: { readonly message: string }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 16 }}>
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>The demo could not start</MessageBarTitle>
            {message}
          </MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
