import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';

type CopyButtonProps = { text: string; label?: string };

/** Copies a code, PIN or link to the clipboard and says so; when the browser refuses, says how instead. */
export function CopyButton({ text, label }: CopyButtonProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="copy">
      <Button variant="secondary" onClick={() => void copy()}>
        {label ?? t('console.copy.copy')}
      </Button>
      <span role="status" className="copy__status">
        {state === 'copied' ? t('console.copy.copied') : state === 'failed' ? t('console.copy.failed') : ''}
      </span>
    </span>
  );
}
