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
