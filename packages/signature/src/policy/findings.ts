/** Findings before they are put into words: a code, a severity and parameters. */
import type { Severity } from '../report/types.js';

/** A finding awaiting localisation. */
export interface RawFinding {
  readonly code: string;
  readonly severity: Severity;
  readonly params?: Readonly<Record<string, string | number | Date>>;
}

/** Collects findings, keeping the first of each code-and-parameters pair. */
export class FindingList {
  readonly items: RawFinding[] = [];
  private readonly keys = new Set<string>();

  add(severity: Severity, code: string, params?: Record<string, string | number | Date>): void {
    const key = `${code}|${JSON.stringify(params ?? {})}`;
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.items.push(params ? { code, severity, params } : { code, severity });
  }

  error(code: string, params?: Record<string, string | number | Date>): void {
    this.add('error', code, params);
  }

  warning(code: string, params?: Record<string, string | number | Date>): void {
    this.add('warning', code, params);
  }

  info(code: string, params?: Record<string, string | number | Date>): void {
    this.add('info', code, params);
  }

  has(code: string): boolean {
    return this.items.some((f) => f.code === code);
  }
}
