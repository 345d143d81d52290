/**
 * What every bench prints: the machine and the date first, then one JSON line per result, so a
 * figure is never read without knowing where and when it was taken.
 */
import { cpus, totalmem, platform, release } from 'node:os';

export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
}

export function machine(): Machine {
  const cpu = cpus();
  return {
    date: new Date().toISOString(),
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
  };
}

/** Prints the bench's name with the machine and date. Call once, first. */
export function header(bench: string): void {
  console.log(JSON.stringify({ bench, machine: machine() }));
}

/** Prints one result as a JSON line. */
export function result(fields: Record<string, unknown>): void {
  console.log(JSON.stringify(fields));
}

/** The q-quantile (0–1) of `values`, by nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Rounds for printing: 4 significant digits. */
export function round(value: number): number {
  return Number(value.toPrecision(4));
}
