import { Field } from '@fluentui/react-components';
import { useId } from 'react';

/** What the spreadsheet imports accept from the browser (the API takes a little more, as base64). */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * The file picker of a spreadsheet import (the catalogue, the gesprekspartners): a file over 5 MB
 * is refused here at once (`onPick` gets no file and the message), before anything is sent.
 */
export function SpreadsheetFileField(props: {
  label: string;
  accept: string;
  testId: string;
  /** The field's message: too large, or "choose a file first". */
  problem: string | undefined;
  tooLargeMessage: string;
  onPick: (file: File | undefined, problem: string | undefined) => void;
}) {
  const inputId = useId();
  return (
    <Field label={{ htmlFor: inputId, children: props.label }} validationMessage={props.problem} validationState={props.problem ? 'error' : 'none'}>
      <input
        id={inputId}
        type="file"
        accept={props.accept}
        data-testid={props.testId}
        onChange={(event) => {
          const picked = event.currentTarget.files?.[0];
          const tooLarge = picked !== undefined && picked.size > MAX_FILE_BYTES;
          props.onPick(tooLarge ? undefined : picked, tooLarge ? props.tooLargeMessage : undefined);
        }}
      />
    </Field>
  );
}
