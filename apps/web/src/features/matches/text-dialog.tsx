import { Button, Dialog, Heading, Paragraph, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  trigger: ReactNode;
  triggerVariant?: 'primary' | 'secondary' | 'tertiary';
  title: string;
  intro: string;
  fieldLabel: string;
  submit: string;
  /** Resolves true when done (the dialog closes), false to keep it open with the error shown. */
  onSubmit(text: string): Promise<boolean>;
  error?: string;
  busy?: boolean;
}

/** A button that opens a modal with one optional free-text field: a message with interest, a reason to decline. */
export function TextDialog({
  trigger,
  triggerVariant = 'secondary',
  title,
  intro,
  fieldLabel,
  submit,
  onSubmit,
  error,
  busy,
}: Props) {
  const { t } = useTranslation('matches');
  const ref = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  async function send(e: FormEvent) {
    e.preventDefault();
    if (await onSubmit(text)) {
      setText('');
      ref.current?.close();
    }
  }
  return (
    <>
      <Button variant={triggerVariant} onClick={() => ref.current?.showModal()}>
        {trigger}
      </Button>
      <Dialog ref={ref} closeButton={t('close')} closedby="any">
        <form className="navet-form" onSubmit={(e) => void send(e)}>
          <Heading level={2} data-size="sm">
            {title}
          </Heading>
          <Paragraph>{intro}</Paragraph>
          <Textfield multiline rows={4} label={fieldLabel} value={text} onChange={(e) => setText(e.target.value)} />
          {error && <ValidationMessage>{error}</ValidationMessage>}
          <div className="navet-row">
            <Button type="submit" disabled={busy}>
              {submit}
            </Button>
            <Button variant="tertiary" type="button" onClick={() => ref.current?.close()}>
              {t('cancel')}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
