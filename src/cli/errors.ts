/** A problem with what the user asked for: printed as one line on stderr, exit code 1. */
export class CliError extends Error {
  override readonly name = 'CliError';
}

/** The reason behind a failed system call or fetch, in a few words: `ECONNREFUSED`, `no such file`. */
export function reason(error: unknown): string {
  const e = error as { code?: string; message?: string; cause?: { code?: string; message?: string }; name?: string } | null;
  if (e?.name === 'TimeoutError') return 'timed out';
  const code = e?.cause?.code ?? e?.code;
  const known: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EISDIR: 'is a directory',
    ENOTDIR: 'not a directory',
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host not found',
    ECONNRESET: 'connection reset',
    ETIMEDOUT: 'timed out',
  };
  if (code && known[code]) return known[code]!;
  return (e?.cause?.message ?? e?.message ?? String(error)).split('\n')[0]!;
}
