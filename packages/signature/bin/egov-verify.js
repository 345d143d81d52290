#!/usr/bin/env node
// egov-verify FILE... [--trust LIST] [--json] [--lang vi|en] — see `egov-verify --help` and the README.
import { runCli } from '@egov-kit/signature/node';

process.exitCode = await runCli(process.argv.slice(2));
