// A form field: its label, the control, an optional hint and an error message, wired
// together (the control is described by the hint and the error, and marked invalid
// while there is an error), so every form says what is wrong beside the field.
import { type ReactNode, useId } from 'react';

/** What the control needs to be labelled and described. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export interface FieldProps {
  label: string;
  hint?: ReactNode;
  /** Shown beside the field, and announced, while set. */
  error?: string;
  className?: string;
  children(control: FieldControlProps): ReactNode;
}

export function Field({ label, hint, error, className, children }: FieldProps) {
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className={['hl-field', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="hl-field__label">
        {label}
      </label>
      {children({ id, 'aria-describedby': describedBy || undefined, 'aria-invalid': error ? true : undefined })}
      {hint && (
        <p id={hintId} className="hl-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="hl-error">
          {error}
        </p>
      )}
    </div>
  );
}
