import pg from 'pg';

/** One `listen` call: who hears the channel's notifications, and who is told when they may be missed. */
interface Subscription {
  onMessage: (payload: string) => void;
  onLost?: () => void;
}

/** How long to wait before connecting again after the connection was lost. */
const RECONNECT_DELAY_MS = 500;
/**
 * How often the connection is checked with a query, and how long that query may take. A
 * connection that died without closing (a network partition, a failover) would otherwise go
 * unnoticed, and with it every notification.
 */
const HEARTBEAT_MS = 5_000;
const HEARTBEAT_TIMEOUT_MS = 2_000;
/** How the connection shows in `pg_stat_activity`. */
export const LISTENER_APPLICATION_NAME = 'egov-kit-notifications';

/**
 * PostgreSQL notifications over one dedicated connection. When it is lost (an error, its end,
 * or a heartbeat query that does not answer in time), every subscriber's `onLost` is called at
 * once; the connection is re-established, listens again, and then calls every `onMessage('')`.
 */
export class PostgresNotifications {
  readonly #url: string;
  readonly #onError: (error: Error) => void;
  readonly #channels = new Map<string, Set<Subscription>>();
  #client: pg.Client | undefined;
  #connecting: Promise<void> | undefined;
  #reconnectTimer: NodeJS.Timeout | undefined;
  #heartbeat: NodeJS.Timeout | undefined;
  #checking = false;
  #closed = false;

  constructor(url: string, onError: (error: Error) => void) {
    this.#url = url;
    this.#onError = onError;
  }

  async listen(channel: string, onMessage: (payload: string) => void, onLost?: () => void): Promise<() => Promise<void>> {
    let subscriptions = this.#channels.get(channel);
    if (!subscriptions) {
      subscriptions = new Set();
      this.#channels.set(channel, subscriptions);
      if (this.#client) await this.#client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    }
    const subscription: Subscription = { onMessage, ...(onLost ? { onLost } : {}) };
    subscriptions.add(subscription);
    if (!this.#client) await (this.#connecting ??= this.#connect().finally(() => { this.#connecting = undefined; }));
    const channelSubscriptions = subscriptions;
    return async () => {
      channelSubscriptions.delete(subscription);
    };
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#reconnectTimer);
    clearInterval(this.#heartbeat);
    const client = this.#client;
    this.#client = undefined;
    await client?.end().catch(() => undefined);
  }

  async #connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.#url, application_name: LISTENER_APPLICATION_NAME, keepAlive: true });
    client.on('notification', (message) => {
      this.#channels.get(message.channel)?.forEach((subscription) => subscription.onMessage(message.payload ?? ''));
    });
    client.on('error', (error) => this.#lose(client, error));
    client.on('end', () => this.#lose(client, new Error('The notification connection ended')));
    try {
      await client.connect();
      for (const channel of this.#channels.keys()) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      void client.end().catch(() => undefined);
      throw error;
    }
    if (this.#closed) {
      void client.end().catch(() => undefined);
      return;
    }
    this.#client = client;
    this.#heartbeat ??= setInterval(() => this.#check(), HEARTBEAT_MS).unref();
  }

  /** Runs a query on the connection; one that fails or does not answer in time counts as lost. */
  #check(): void {
    const client = this.#client;
    if (!client || this.#checking) return;
    this.#checking = true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`The notification connection did not answer within ${HEARTBEAT_TIMEOUT_MS} ms`)), HEARTBEAT_TIMEOUT_MS);
    });
    Promise.race([client.query('SELECT 1'), timeout]).then(
      () => undefined,
      (error: Error) => this.#lose(client, error),
    ).finally(() => {
      clearTimeout(timer);
      this.#checking = false;
    });
  }

  #lose(client: pg.Client, error: Error): void {
    if (client !== this.#client) return;
    this.#client = undefined;
    this.#onError(error);
    void client.end().catch(() => undefined);
    for (const subscriptions of this.#channels.values()) subscriptions.forEach((subscription) => subscription.onLost?.());
    this.#scheduleReconnect();
  }

  #scheduleReconnect(): void {
    if (this.#closed || this.#reconnectTimer) return;
    this.#reconnectTimer = setTimeout(() => {
      this.#reconnectTimer = undefined;
      this.#connect().then(() => {
        // Anything sent while disconnected was missed: let subscribers look for themselves.
        for (const subscriptions of this.#channels.values()) subscriptions.forEach((subscription) => subscription.onMessage(''));
      }, (error: Error) => {
        this.#onError(error);
        this.#scheduleReconnect();
      });
    }, RECONNECT_DELAY_MS);
  }
}
