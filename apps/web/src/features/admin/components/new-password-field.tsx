import type { ReactNode } from 'react';
import { TextField } from '@web/shared/forms';

interface NewPasswordFieldProps {
  id: string;
  /** Ignored: a new password is always `new-password`, so browsers do not fill in their own. */
  name?: string;
  label: string;
  hint: ReactNode;
  errors: readonly string[];
  value: string;
  onChange: (password: string) => void;
}

/** A password an administrator sets for someone: never filled in by the browser's own. */
export function NewPasswordField(props: NewPasswordFieldProps) {
  return (
    <TextField
      {...props}
      type="password"
      name="new-password"
      autoComplete="new-password"
      maxLength={200}
    />
  );
}
