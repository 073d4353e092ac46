import { useId } from 'react';
import type { ComponentPropsWithRef } from 'react';

type CheckboxFieldProps = Omit<ComponentPropsWithRef<'input'>, 'id' | 'type'> & {
  label: string;
  hint?: string | undefined;
};

/** A checkbox with its label beside it (the whole label is the click target). */
export function CheckboxField({ label, hint, className, ...props }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className={['checkbox', className ?? ''].filter(Boolean).join(' ')}>
      <input id={id} type="checkbox" aria-describedby={hint ? `${id}-hint` : undefined} {...props} />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="checkbox__hint muted" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
