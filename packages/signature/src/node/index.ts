/// <reference types="node" />
/**
 * `@egov-kit/signature/node`: the engine with Node conveniences — streaming hashing (no copy of the
 * signed bytes), reading files, loading a trust list from disk, and the CLI.
 * @packageDocumentation
 */
import { readFile } from 'node:fs/promises';
import type { VerifyOptions } from '../options.js';
import type { VerificationReport } from '../report/types.js';
import { loadTrustList, type TrustList, type TrustListProblem } from '../trust/trust-list.js';
import { verifyPdf } from '../verify.js';
import { readPdfFile } from './read.js';
import { nodeSearch } from './search.js';

export { nodeHasher } from './hasher.js';
export { nodeSearch } from './search.js';
export { readPdfFile, type ReadPdf } from './read.js';
export { runCli, type CliIo } from './cli.js';
export * from '../index.js';

/**
 * Verifies a PDF file, its signed ranges hashed with `node:crypto` while it is read. Never throws
 * for PDF content; rejects only if the file cannot be read.
 */
export async function verifyPdfFile(path: string, options: VerifyOptions = {}): Promise<VerificationReport> {
  const { bytes, hasher } = await readPdfFile(path);
  return verifyPdf(bytes, { hasher, search: nodeSearch, ...options });
}

/** Loads a trust list JSON file, checking every pinned fingerprint. */
export async function loadTrustListFile(path: string): Promise<{ trustList: TrustList; problems: TrustListProblem[] }> {
  return loadTrustList(await readFile(path, 'utf8'));
}
