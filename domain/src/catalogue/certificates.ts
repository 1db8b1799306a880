import type { PortfolioEntry } from '../portfolio/schema';
import type { MandatoryCertificatesView } from './careerApi';
import { learningFor, mandatoryCertificates, type HeldCertificate } from './rules';
import type { Catalogue, JobFunction } from './schema';

/** The certificates a portfolio holds, as the rules read them: title, day obtained and, when given, the last valid day. */
export function heldCertificates(entries: readonly Pick<PortfolioEntry, 'content'>[]): HeldCertificate[] {
  return entries
    .filter((e) => e.content.kind === 'certificaat')
    .map((e) => ({ title: e.content.title, obtainedOn: e.content.period.from, ...(e.content.expiresOn ? { expiresOn: e.content.expiresOn } : {}) }));
}

/** Per certificate the function requires: its state and the course that gives or renews it (the first of the offer). */
export function mandatoryCertificatesView(catalogue: Catalogue, fn: JobFunction, held: readonly HeldCertificate[], today: string): MandatoryCertificatesView {
  return {
    function: { id: fn.id, name: fn.name },
    items: mandatoryCertificates(catalogue, fn, held, today).map((status) => {
      const course = learningFor(catalogue, { certificateId: status.certificate.id })[0];
      return {
        certificateId: status.certificate.id,
        name: status.certificate.name,
        state: status.state,
        ...(status.expiresOn ? { expiresOn: status.expiresOn } : {}),
        ...(course ? { course: { id: course.id, title: course.title } } : {}),
      };
    }),
  };
}
