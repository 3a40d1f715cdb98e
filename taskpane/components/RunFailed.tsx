import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/** The core threw: that is our bug, not the user's data. Say so plainly. */
export function RunFailed({ message }: { readonly message: string }) {
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        <MessageBarTitle>Throughline could not analyse these sources</MessageBarTitle>
        {message} This is a fault in Throughline, not in your sheets; please report it with the workbook.
      </MessageBarBody>
    </MessageBar>
  );
}
