#!/usr/bin/env node
// egov-verify FILE... [options]: verifies the signatures in PDF files (see `egov-verify --help`
// and the README). `--help` and `--version` are answered without loading the engine, which is
// one prebuilt bundle (scripts/bundle-cli.mjs), loaded only to verify.
import { quickAnswer } from '@egov-kit/signature/cli/usage';

const argv = process.argv.slice(2);
const quick = quickAnswer(argv);
if (quick !== undefined) console.log(quick);
else process.exitCode = await (await import('@egov-kit/signature/cli')).runCli(argv);
