import type { PersonSummary } from '../api';
import type { Locale } from '../people';
import type { Pop } from '../records';
import type { TrainingRightBalance } from '../catalogue/trainingRight';
import type { PopVersion } from './schema';

/**
 * What the "Gemaakte afspraken" PDF (the agreements recorded concisely, on one page) is made from:
 * an approved version of a plan and the two people who approved it. The POP use case takes
 * a renderer as a port; the one that draws the PDF is an adapter (functions/src/pop/agreementsPdf.ts).
 */
export interface AgreementsPdfInput {
  pop: Pop;
  /** An approved version (both approvals present): their timestamps are the signatures. */
  version: PopVersion;
  employee: PersonSummary;
  manager: PersonSummary;
  organisationName: string;
  locale: Locale;
  /** When the PDF was made (ISO instant), printed in the footer. */
  generatedAt: string;
  /** The organisation's time zone, in which the approval timestamps are printed. */
  timeZone: string;
  /**
   * A Belgian employee's Federale Leerrekening of the year the PDF is made, as HR recorded it;
   * absent elsewhere or while HR recorded none.
   */
  trainingRight?: TrainingRightBalance;
}

export type AgreementsPdfRenderer = (input: AgreementsPdfInput) => Promise<Uint8Array>;
