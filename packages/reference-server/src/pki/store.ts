import { createHash } from 'node:crypto';
import type { Database } from '../db/database.js';
import { BOOTSTRAP_LOCK } from '../db/migrations.js';
import type { TrustList } from '../contract.js';
import { createDemoPki, derOfPem, type DemoPki } from './authority.js';

const ENTITIES = { root: 'root', issuingCa: 'issuing-ca', signer: 'signer' } as const;

/**
 * The demo PKI of this database: created on first start (under the bootstrap lock, so instances
 * starting together make one), then read back on every start, so restarts and other instances
 * sign with the same certificates.
 */
export async function loadOrCreatePki(db: Database): Promise<{ pki: DemoPki; createdAt: Date; created: boolean }> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [BOOTSTRAP_LOCK]);
    const rows = await tx.query<{ name: string; certificate_pem: string; private_key_pem: string; created_at: Date }>(
      'SELECT name, certificate_pem, private_key_pem, created_at FROM pki_entities',
    );
    const byName = new Map(rows.map((row) => [row.name, row]));
    const stored = Object.values(ENTITIES).every((name) => byName.has(name));
    if (stored) {
      const entity = (name: string) => ({ certificatePem: byName.get(name)!.certificate_pem, privateKeyPem: byName.get(name)!.private_key_pem });
      return {
        pki: { root: entity(ENTITIES.root), issuingCa: entity(ENTITIES.issuingCa), signer: entity(ENTITIES.signer) },
        createdAt: byName.get(ENTITIES.root)!.created_at,
        created: false,
      };
    }
    const createdAt = new Date();
    const pki = await createDemoPki(createdAt);
    await tx.query('DELETE FROM pki_entities');
    for (const [key, name] of Object.entries(ENTITIES) as [keyof DemoPki, string][]) {
      await tx.query('INSERT INTO pki_entities (name, certificate_pem, private_key_pem, created_at) VALUES ($1, $2, $3, $4)',
        [name, pki[key].certificatePem, pki[key].privateKeyPem, createdAt.toISOString()]);
    }
    return { pki, createdAt, created: true };
  });
}

/** SHA-256 of a PEM certificate's DER bytes, hex. */
export function certificateFingerprint(pem: string): string {
  return createHash('sha256').update(derOfPem(pem)).digest('hex');
}

/**
 * The demo trust list the signature viewer checks result documents against, in the engine's own
 * format (`egov-verify --trust` reads it as served): the root (trust anchor) and the issuing CA,
 * pinned by SHA-256. It trusts nothing real.
 */
export function trustListOf(pki: DemoPki, issued: Date): TrustList {
  const vietnamTime = new Date(issued.getTime() + 7 * 3_600_000).toISOString().replace('Z', '+07:00');
  return {
    format: 'egov-kit-trust-list',
    version: 1,
    name: 'Danh sách tin cậy thử nghiệm egov-kit (demo trust list)',
    issued: vietnamTime,
    demo: true,
    // The demo PKI publishes no CRL and no OCSP responder: an unknown status is a warning.
    revocation: 'soft-fail',
    certificates: [
      {
        name: 'Tổ chức chứng thực gốc thử nghiệm egov-kit (Demo Root CA)',
        sha256: certificateFingerprint(pki.root.certificatePem),
        certificate: pki.root.certificatePem,
        role: 'root',
        notes: 'Chỉ dùng thử nghiệm, tạo khi máy chủ tham chiếu khởi động lần đầu. Demo only: created on the reference server’s first start.',
      },
      {
        name: 'CA cấp chứng thư số cho cơ quan nhà nước – thử nghiệm (Demo Issuing CA)',
        sha256: certificateFingerprint(pki.issuingCa.certificatePem),
        certificate: pki.issuingCa.certificatePem,
        role: 'intermediate',
        notes: 'Cấp chứng thư ký số cho Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên (demo).',
      },
    ],
  };
}
