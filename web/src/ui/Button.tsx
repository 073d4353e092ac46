import type { ComponentPropsWithRef } from 'react';

type ButtonProps = ComponentPropsWithRef<'button'> & {
  variant?: 'primary' | 'secondary' | 'link';
  isBlock?: boolean;
  /** While true the button is disabled and announced as busy; pass the busy label as children. */
  isBusy?: boolean;
};

export function Button({
  variant = 'primary',
  isBlock = false,
  isBusy = false,
  type = 'button',
  className,
  disabled,
  ...rest
}: ButtonProps) {
  const classes = ['button', `button--${variant}`, isBlock ? 'button--block' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <button
      type={type}
      className={classes}
      disabled={disabled || isBusy}
      aria-busy={isBusy || undefined}
      {...rest}
    />
  );
}
