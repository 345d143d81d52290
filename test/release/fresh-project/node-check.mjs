// (a) core and the SDK in Node, as an integrator's script uses them, against the reference server
// installed with npx. Prints one line per check; exits 1 on the first that fails.
//   node node-check.mjs <server origin> <dossier code> <verifier>
import assert from 'node:assert/strict';
import { addWorkingDays, parseCccd, validatePhone } from '@egov-kit/core';
import { coreMessages, formatMessage } from '@egov-kit/core/messages';
import { createClient, clientCredentials, ProblemError } from '@egov-kit/sdk';

const [baseUrl, code, verifier] = process.argv.slice(2);
const say = (what) => console.log(`  ok  ${what}`);

const id = parseCccd('001095012345', { today: '2026-01-01' });
assert.equal(id.ok && id.details.provinceName, 'Hà Nội');
assert.equal(validatePhone('0912 345 678').ok, true);
assert.equal(addWorkingDays('2026-12-04', 1), '2026-12-07');
say('core: a CCCD decoded, a phone number checked, a working day counted past the weekend');
assert.equal(typeof formatMessage, 'function');
assert.ok(Object.keys(coreMessages).length > 0);
say('core/messages: the vi/en catalogue loads');

const client = createClient({ baseUrl, locale: () => 'vi' });
const procedures = await client.procedures.search({ text: 'khai sinh' }).toArray(5);
assert.ok(procedures.length > 0, 'a search for "khai sinh" finds procedures');
const { procedure, form } = await client.procedures.get(procedures[0].code);
assert.equal(procedure.code, procedures[0].code);
assert.equal(typeof form, 'object');
say(`sdk: searched the catalogue ("khai sinh": ${procedures.length} found) and read ${procedure.code} with its form`);

const dossier = await client.dossiers.lookup(code, { verifier });
assert.equal(dossier.code, code);
say(`sdk: looked dossier ${code} up with its verifier (status ${dossier.status})`);

await assert.rejects(client.dossiers.lookup(code, { verifier: '0000000000' }), (error) => error instanceof ProblemError);
say('sdk: a wrong verifier is a typed ProblemError');

const staff = createClient({ baseUrl, auth: clientCredentials({ clientId: 'demo-staff', clientSecret: 'demo-staff-secret' }) });
const [summary] = await staff.staff.list({ limit: 1 }).toArray(1);
assert.ok(summary?.code, 'staff see dossiers');
say('sdk/client-credentials: a staff token from the OAuth endpoint, and the staff list with it');
