// The extension pages' button: an ordinary action, the primary one of a form, or a
// destructive one. Always type="button" unless a form submits with it.
import type { ButtonHTMLAttributes, Ref } from 'react';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'default' | 'primary' | 'danger';
  ref?: Ref<HTMLButtonElement>;
}

export function Button({ variant = 'default', type = 'button', className, ...rest }: ButtonProps) {
  const classes = ['hl-button', variant === 'default' ? '' : `hl-button--${variant}`, className ?? ''].filter(Boolean).join(' ');
  return <button type={type} className={classes} {...rest} />;
}
