import type { ServerConfig } from './config.js';
import type { TrustList } from './contract.js';
import type { Database } from './db/database.js';
import type { ResultDocuments } from './documents/service.js';
import type { EventHub } from './events/hub.js';

/** What every route needs: configuration, the database and the services built on it. */
export interface ServerContext {
  config: ServerConfig;
  db: Database;
  /** The shared key that signs staff and dossier tokens. */
  tokenKey: Buffer;
  events: EventHub;
  documents: ResultDocuments;
  trustList: TrustList;
  /** Set when shutdown begins: new requests get 503, `/ready` fails. */
  state: { shuttingDown: boolean };
}
