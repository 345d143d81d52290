/// <reference types="node" />
/**
 * `egov-verify FILE... [options]`: verifies the signatures in PDF files and prints a report
 * (Vietnamese by default); `--help` lists every option. Exit status: 0 all signatures valid,
 * 1 the worst is INDETERMINATE or a file has no signature, 2 a signature is TOTAL_FAILED,
 * 3 a usage error or a file that cannot be read. Files are read with their signed ranges hashed
 * on the way (`readPdfFile`), and scanned with `Buffer.indexOf`.
 */
import { readFile } from 'node:fs/promises';
import { readPdfFile } from './read.js';
import { nodeSearch } from './search.js';
import { USAGE, versionLine } from './usage.js';
import { exitCodeFor, formatReport } from '../report/format.js';
import type { VerificationReport } from '../report/types.js';
import type { VerificationPolicy } from '../policy/policy.js';
import { loadTrustList, type TrustList } from '../trust/trust-list.js';
import { verifyPdf } from '../verify.js';

/** Where the CLI writes; tests pass their own. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly env?: Record<string, string | undefined>;
}

interface Parsed {
  files: string[];
  trust?: string;
  json: boolean;
  lang: 'vi' | 'en';
  time?: Date;
  online: boolean;
  softRevocation: boolean;
  help: boolean;
  version: boolean;
}

function parse(argv: readonly string[]): Parsed | string {
  const parsed: Parsed = { files: [], json: false, lang: 'vi', online: false, softRevocation: false, help: false, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(arg);
      return v;
    };
    try {
      if (arg === '--trust') parsed.trust = value();
      else if (arg.startsWith('--trust=')) parsed.trust = arg.slice(8);
      else if (arg === '--json') parsed.json = true;
      else if (arg === '--lang' || arg.startsWith('--lang=')) {
        const lang = arg === '--lang' ? value() : arg.slice(7);
        if (lang !== 'vi' && lang !== 'en') return `--lang ${lang}`;
        parsed.lang = lang;
      } else if (arg === '--time' || arg.startsWith('--time=')) {
        const time = new Date(arg === '--time' ? value() : arg.slice(7));
        if (Number.isNaN(time.getTime())) return arg;
        parsed.time = time;
      } else if (arg === '--online') parsed.online = true;
      else if (arg === '--soft-revocation') parsed.softRevocation = true;
      else if (arg === '--help' || arg === '-h') parsed.help = true;
      else if (arg === '--version' || arg === '-V') parsed.version = true;
      else if (arg.startsWith('-') && arg !== '-') return arg;
      else parsed.files.push(arg);
    } catch {
      return arg;
    }
  }
  return parsed;
}

/** Runs the CLI; resolves with the exit status. */
export async function runCli(argv: readonly string[], io: CliIo = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`), env: process.env }): Promise<number> {
  const parsed = parse(argv);
  const lang = typeof parsed === 'string' ? 'vi' : parsed.lang;
  if (typeof parsed === 'string') {
    io.err(`${lang === 'vi' ? 'Tham số không hợp lệ' : 'Invalid argument'}: ${parsed}\n${USAGE[lang]}`);
    return 3;
  }
  if (parsed.version) {
    io.out(versionLine());
    return 0;
  }
  if (parsed.help) {
    io.out(USAGE[lang]);
    return 0;
  }
  if (parsed.files.length === 0) {
    io.err(USAGE[lang]);
    return 3;
  }
  let trustList: TrustList | undefined;
  const trustPath = parsed.trust ?? io.env?.EGOV_TRUST_LIST;
  if (trustPath) {
    let text: string;
    try {
      text = await readFile(trustPath, 'utf8');
    } catch {
      io.err(`${lang === 'vi' ? 'Không đọc được danh sách tin cậy' : 'Cannot read trust list'}: ${trustPath}`);
      return 3;
    }
    const loaded = await loadTrustList(text);
    if (loaded.trustList.entries.length === 0) {
      io.err(`${lang === 'vi' ? 'Danh sách tin cậy không có chứng thư hợp lệ' : 'The trust list has no valid certificate'}: ${trustPath}`);
      return 3;
    }
    for (const problem of loaded.problems) io.err(`${trustPath}: #${problem.index} ${problem.name ?? ''} ${problem.code}`);
    trustList = loaded.trustList;
  }
  const policy: Partial<VerificationPolicy> = parsed.softRevocation ? { revocation: 'soft-fail' } : {};
  const reports: { file: string; report: VerificationReport }[] = [];
  let unreadable = false;
  for (const file of parsed.files) {
    let read: Awaited<ReturnType<typeof readPdfFile>>;
    try {
      read = await readPdfFile(file);
    } catch {
      io.err(`${lang === 'vi' ? 'Không đọc được tệp' : 'Cannot read file'}: ${file}`);
      unreadable = true;
      continue;
    }
    const report = await verifyPdf(read.bytes, {
      locale: lang,
      hasher: read.hasher,
      search: nodeSearch,
      policy,
      ...(trustList ? { trustList } : {}),
      ...(parsed.time ? { time: parsed.time } : {}),
      ...(parsed.online && typeof fetch === 'function' ? { fetch: (url, init) => fetch(url, init as RequestInit) } : {}),
    });
    reports.push({ file, report });
    if (!parsed.json) {
      if (reports.length > 1) io.out('');
      io.out(formatReport(report, { fileName: file }));
      if (!trustList && report.signatures.length > 0) io.out(lang === 'vi' ? '· Chưa chỉ định danh sách tin cậy (--trust): không chứng thư nào được tin cậy.' : '· No trust list given (--trust): no certificate is trusted.');
    }
  }
  if (parsed.json) io.out(JSON.stringify(parsed.files.length === 1 && reports.length === 1 ? reports[0]!.report : reports, null, 2));
  if (unreadable) return 3;
  return exitCodeFor(reports.map((r) => r.report));
}
