import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Text, Textarea } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { Finding } from '../../src/core/types';

interface WaiveDialogProps {
  readonly finding: Finding | undefined;
  readonly onWaive: (reason: string) => void;
  readonly onClose: () => void;
}

/** Accept a finding with a reason; the reason is required and goes into the report. */
export function WaiveDialog({ finding, onWaive, onClose }: WaiveDialogProps) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const submit = () => {
    setTried(true);
    if (reason.trim()) {
      onWaive(reason.trim());
      setReason('');
      setTried(false);
    }
  };
  return (
    <Dialog open={finding !== undefined} onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface aria-describedby={id}>
        <DialogBody>
          <DialogTitle>Waive this finding</DialogTitle>
          <DialogContent>
            <Text id={id} block>
              {finding?.message}
            </Text>
            <Field
              label="Reason"
              required
              validationState={tried && !reason.trim() ? 'error' : 'none'}
              validationMessage={tried && !reason.trim() ? 'Say why this finding is accepted.' : undefined}
              hint="Kept in the workbook and shown as waived in the report."
            >
              <Textarea value={reason} onChange={(_, d) => setReason(d.value)} resize="vertical" />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>
              Cancel
            </Button>
            <Button appearance="primary" onClick={submit}>
              Waive
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
