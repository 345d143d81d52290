/**
 * Where the stories' reference server is (started by `npm run storybook` and by the CI's axe run,
 * see scripts/story-api.mjs): feature components in stories talk to a real, seeded server, never
 * to hand-written JSON.
 */
const port = Number(import.meta.env['STORYBOOK_EGOV_API_PORT'] ?? 6008);

/** The API's address for `api-base`. */
export const storyApiBase = `http://127.0.0.1:${port}/api/v1`;

/** A seeded dossier: its code, its status and the verifiers its applicant knows. */
export interface SeededDossier {
  code: string;
  status: string;
  phone: string;
  idNumber: string;
}

let seeded: Promise<SeededDossier[]> | undefined;

/** The newest seeded dossier of each status (one per status, all ten). */
export function seededDossiers(): Promise<SeededDossier[]> {
  seeded ??= fetch(`http://127.0.0.1:${port + 1}/dossiers`).then((response) => {
    if (!response.ok) throw new Error(`the stories' reference server answered ${response.status}: is it running (npm run storybook)?`);
    return response.json() as Promise<SeededDossier[]>;
  });
  return seeded;
}

/** A fixture of the signature engine's test corpus, with what the engine's tests verify it against. */
export interface CorpusFixture {
  bytes: Uint8Array;
  trustList: unknown;
  time: Date;
  policy: Record<string, unknown> | undefined;
}

/** The corpus fixture `name` (packages/signature/test/fixtures), served beside the seeded dossiers. */
export async function corpusFixture(name: string): Promise<CorpusFixture> {
  const base = `http://127.0.0.1:${port + 1}/corpus/${name}`;
  const [pdf, settings] = await Promise.all([fetch(`${base}.pdf`), fetch(`${base}.json`)]);
  if (!pdf.ok || !settings.ok) throw new Error(`the stories' server has no corpus fixture ${name} (${pdf.status})`);
  const { trustList, time, policy } = await settings.json() as { trustList: unknown; time: string; policy: Record<string, unknown> | null };
  return { bytes: new Uint8Array(await pdf.arrayBuffer()), trustList, time: new Date(time), policy: policy ?? undefined };
}
