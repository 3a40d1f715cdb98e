import { Field, Input } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

interface DepartmentFieldProps {
  /** What the department is for: "Finance.xlsx", "Plan, rows 1-5". */
  readonly source: string;
  readonly value: string;
  /** Inferred from the file name or values, shown as the placeholder. */
  readonly inferred?: string;
  /** Shown instead of the inferred one when given. */
  readonly placeholder?: string;
  readonly onCommit: (department: string) => void;
}

/** Name the department a source (or one table of it) speaks for; saved when the field loses focus or on Enter. */
export function DepartmentField({ source, value, inferred, placeholder, onCommit }: DepartmentFieldProps) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft.trim() !== value) onCommit(draft);
  };
  return (
    <Field label={`Department for ${source}`} size="small">
      <Input
        size="small"
        value={draft}
        placeholder={placeholder ?? (inferred ? `${inferred} (detected)` : 'e.g. Finance')}
        onChange={(_, d) => setDraft(d.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </Field>
  );
}
