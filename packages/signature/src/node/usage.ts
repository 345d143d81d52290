/// <reference types="node" />
/**
 * What `egov-verify --help` and `--version` print. Kept apart from the engine so that these
 * answers never load it.
 */
import { readFileSync } from 'node:fs';

/** The CLI's help, by language: every option, and the exit statuses. */
export const USAGE = {
  vi: `Cách dùng: egov-verify TỆP.pdf... [tùy chọn]
Kiểm tra chữ ký số trong các tệp PDF và in báo cáo.
  --trust TỆP, --trust=TỆP  danh sách tin cậy (JSON, xem README); mặc định lấy từ biến EGOV_TRUST_LIST
  --json                    in báo cáo dạng JSON
  --lang vi|en              ngôn ngữ của báo cáo (mặc định: vi)
  --time ISO                kiểm tra tại thời điểm này thay vì hiện tại (ví dụ 2025-07-01T00:00:00Z)
  --online                  cho phép tải OCSP/CRL qua mạng khi tài liệu không kèm dữ liệu thu hồi
  --soft-revocation         không bắt buộc biết tình trạng thu hồi (chỉ cảnh báo)
  -h, --help                in hướng dẫn này
  -V, --version             in phiên bản
Mã thoát: 0 tất cả hợp lệ; 1 không xác định được hoặc không có chữ ký; 2 có chữ ký không hợp lệ; 3 lỗi sử dụng hoặc không đọc được tệp.`,
  en: `Usage: egov-verify FILE.pdf... [options]
Verifies the digital signatures in PDF files and prints a report.
  --trust FILE, --trust=FILE  trust list (JSON, see the README); defaults to $EGOV_TRUST_LIST
  --json                      print the report as JSON
  --lang vi|en                report language (default: vi)
  --time ISO                  validate at this time instead of now (e.g. 2025-07-01T00:00:00Z)
  --online                    allow fetching OCSP/CRL over the network when the document carries no revocation data
  --soft-revocation           do not require a known revocation status (warn only)
  -h, --help                  print this help
  -V, --version               print the version
Exit status: 0 all valid; 1 indeterminate or no signature; 2 a signature is invalid; 3 usage error or unreadable file.`,
} as const;

/**
 * `egov-verify <version>`, from the package's own package.json: the nearest one above this module
 * that names the package (this code runs from `src/node`, `dist/node` or a bundle in `dist`).
 */
export function versionLine(): string {
  for (let dir = new URL('./', import.meta.url), depth = 0; depth < 4; dir = new URL('../', dir), depth++) {
    try {
      const manifest = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === '@egov-kit/signature' && manifest.version) return `egov-verify ${manifest.version}`;
    } catch {
      // no package.json at this level
    }
  }
  return 'egov-verify (version unknown)';
}

/**
 * The answer to `--version` or `--help` when the arguments ask only for that, else `undefined`.
 * The language of the help follows `--lang`.
 */
export function quickAnswer(argv: readonly string[]): string | undefined {
  if (argv.includes('--version') || argv.includes('-V')) return versionLine();
  if (!argv.includes('--help') && !argv.includes('-h')) return undefined;
  const at = argv.indexOf('--lang');
  const lang = argv.includes('--lang=en') || (at >= 0 && argv[at + 1] === 'en') ? 'en' : 'vi';
  return USAGE[lang];
}
