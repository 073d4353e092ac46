import { useEffect, useRef } from 'react';

type FormAlertProps = { messages: readonly string[] };

/**
 * The API's refusal above a form, announced and focused so a keyboard user lands on it.
 * Field messages are shown at their fields; this carries the rest.
 */
export function FormAlert({ messages }: FormAlertProps) {
  const ref = useRef<HTMLDivElement>(null);
  const text = messages.join('\n');
  useEffect(() => {
    if (text) ref.current?.focus();
  }, [text]);
  if (messages.length === 0) return null;
  return (
    <div className="notice notice--error form-alert" role="alert" tabIndex={-1} ref={ref}>
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}
