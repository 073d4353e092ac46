import { useId } from 'react';
import type { SelectOption } from './SelectField';

type RadioGroupProps = {
  legend: string;
  name: string;
  options: readonly SelectOption[];
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
};

/** A few exclusive choices as radio buttons in a fieldset, with an inline error (as Field). */
export function RadioGroup({ legend, name, options, value, onChange, error, hint }: RadioGroupProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset className="field choice-group" aria-describedby={describedBy || undefined}>
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p className="field__hint muted" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {options.map((option) => (
        <div className="choice" key={option.value}>
          <input
            type="radio"
            id={`${id}-${option.value}`}
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
        </div>
      ))}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
