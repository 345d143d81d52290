import type { Queryable } from '../db/database.js';
import { staffScopes, type StaffScope } from '../contract.js';
import { hashSecret, verifySecret } from './secrets.js';

/** An OAuth client of the staff API (a one-stop back office, a sync job…). */
export interface OAuthClient {
  id: string;
  name: string;
  scopes: StaffScope[];
}

/** The demo clients seeded on first start; their secrets come from the configuration. */
export const DEMO_CLIENTS = {
  staff: { id: 'demo-staff', name: 'Cán bộ một cửa (demo)', scopes: [...staffScopes] },
  desk: { id: 'demo-desk', name: 'Bộ phận tiếp nhận (demo)', scopes: ['dossiers:read', 'dossiers:receive', 'dossiers:refuse', 'dossiers:request-supplement'] },
} as const satisfies Record<string, OAuthClient>;

/** Registers a client (or replaces its name, secret and scopes). */
export async function saveClient(db: Queryable, client: OAuthClient, secret: string): Promise<void> {
  await db.query(
    `INSERT INTO oauth_clients (id, name, secret_hash, scopes) VALUES ($1, $2, $3, $4)
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, secret_hash = EXCLUDED.secret_hash, scopes = EXCLUDED.scopes`,
    [client.id, client.name, await hashSecret(secret), client.scopes],
  );
}

/** The client whose id and secret these are; `undefined` for an unknown id or a wrong secret. */
export async function authenticateClient(db: Queryable, id: string, secret: string): Promise<OAuthClient | undefined> {
  const [row] = await db.query<{ id: string; name: string; secret_hash: string; scopes: StaffScope[] }>(
    'SELECT id, name, secret_hash, scopes FROM oauth_clients WHERE id = $1', [id],
  );
  // An unknown id still pays for one hash, so timing does not tell ids apart.
  const matches = await verifySecret(secret, row?.secret_hash ?? 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=');
  return row && matches ? { id: row.id, name: row.name, scopes: row.scopes } : undefined;
}
