import type { LocalizedText } from '@egov-kit/core';
import type { Database, Queryable } from '../db/database.js';
import { asBuffer } from '../db/database.js';
import { loadDossier, type DossierRecord } from '../dossiers/repository.js';
import { SIGNING_AGENCY } from '../pki/authority.js';
import type { PadesSigner } from '../pki/cms-signer.js';
import { loadProcedure } from '../procedures/repository.js';
import { renderResultDocument } from './render.js';
import { signPdf } from './sign.js';

/** The title of the written answer that a rejection issues instead of the procedure's results. */
export const REFUSAL_DOCUMENT: LocalizedText = {
  vi: 'Văn bản trả lời không giải quyết hồ sơ',
  en: 'Written answer refusing the application',
};

/**
 * Result documents: issued (numbered, named) when a dossier is decided, rendered as PDF and signed
 * as PAdES with the agency's certificate. A document is rendered once, on issue or on its first
 * download, and the signed bytes are kept; instances racing to render keep the first.
 */
/** A document is signed on the day it was issued; if that was before the certificate, or is still to come, now. */
function signingTimeOf(issuedAt: Date, validFrom: Date, now = new Date()): Date {
  return issuedAt >= validFrom && issuedAt <= now ? issuedAt : now;
}

/** Where the service reports what it signed. */
export interface DocumentLog {
  info(data: object, message: string): void;
}

export class ResultDocuments {
  readonly #inFlight = new Map<string, Promise<Buffer | undefined>>();

  constructor(private readonly db: Database, private readonly signer: PadesSigner, private readonly log: DocumentLog) {}

  /**
   * Records the documents a decision issues, in the caller's transaction: the procedure's results
   * when approved, a written refusal when rejected. Returns their ids.
   */
  async issue(tx: Queryable, dossier: Pick<DossierRecord, 'code' | 'procedureCode'>, outcome: 'approved' | 'rejected', at: string): Promise<string[]> {
    const found = await loadProcedure(tx, dossier.procedureCode);
    const names = outcome === 'approved' ? found!.procedure.results.map((result) => result.name) : [REFUSAL_DOCUMENT];
    const ids: string[] = [];
    for (const [index, name] of names.entries()) {
      const [row] = await tx.query<{ n: number }>("SELECT nextval('result_document_numbers')::int AS n");
      const id = `${dossier.code}-KQ${index + 1}`;
      await tx.query(
        'INSERT INTO result_documents (id, dossier_code, name, number, outcome, issued_at) VALUES ($1, $2, $3::jsonb, $4, $5, $6)',
        [id, dossier.code, JSON.stringify(name), `${String(row!.n).padStart(4, '0')}/KQ-TTPVHCC`, outcome, at],
      );
      ids.push(id);
    }
    return ids;
  }

  /** The signed PDF of a dossier's document, rendering and signing it the first time; `undefined` if there is no such document. */
  pdf(code: string, id: string): Promise<Buffer | undefined> {
    const key = `${code}\u0000${id}`;
    let pending = this.#inFlight.get(key);
    if (!pending) {
      pending = this.#render(code, id).finally(() => this.#inFlight.delete(key));
      this.#inFlight.set(key, pending);
    }
    return pending;
  }

  async #render(code: string, id: string): Promise<Buffer | undefined> {
    const [row] = await this.db.query<{ pdf: unknown; name: LocalizedText; number: string; outcome: 'approved' | 'rejected'; issued_at: Date }>(
      'SELECT pdf, name, number, outcome, issued_at FROM result_documents WHERE id = $1 AND dossier_code = $2', [id, code],
    );
    if (!row) return undefined;
    if (row.pdf !== null) return asBuffer(row.pdf);
    const dossier = (await loadDossier(this.db, code))!;
    const decision = [...dossier.history].reverse().find((event) => event.to === 'decided');
    const started = Date.now();
    const pdf = await renderResultDocument({
      parentAgency: 'UBND tỉnh Thái Nguyên',
      agencyName: SIGNING_AGENCY.name,
      decidedBy: dossier.procedureAgency.name.vi,
      number: row.number,
      place: SIGNING_AGENCY.province,
      issuedAt: row.issued_at,
      title: row.name.vi,
      outcome: row.outcome,
      dossierCode: code,
      procedureCode: dossier.procedureCode,
      procedureName: dossier.procedureName.vi,
      applicant: { fullName: dossier.applicant.fullName, idNumber: dossier.applicant.idNumber },
      ...(decision?.note ? { note: decision.note } : {}),
      signerTitle: 'Giám đốc',
      signerName: SIGNING_AGENCY.name,
    });
    const signed = await signPdf(pdf, this.signer, {
      name: SIGNING_AGENCY.name,
      reason: 'Ký số văn bản kết quả giải quyết thủ tục hành chính',
      location: `${SIGNING_AGENCY.province}, Việt Nam`,
      contactInfo: 'Trung tâm Phục vụ hành chính công',
      signingTime: signingTimeOf(row.issued_at, this.signer.validFrom),
    });
    const [stored] = await this.db.query<{ pdf: unknown }>('UPDATE result_documents SET pdf = $2 WHERE id = $1 AND pdf IS NULL RETURNING pdf', [id, signed]);
    this.log.info({ document: id, bytes: signed.length, ms: Date.now() - started }, 'result document signed');
    if (stored) return signed;
    const [winner] = await this.db.query<{ pdf: unknown }>('SELECT pdf FROM result_documents WHERE id = $1', [id]);
    return asBuffer(winner!.pdf);
  }
}
