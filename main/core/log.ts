/** English log lines on stderr; stdout stays free for the program's own output. */
export const log = {
  info: (message: string) => process.stderr.write(`[flipover] ${message}\n`),
  error: (message: string, cause?: unknown) =>
    process.stderr.write(`[flipover] ERROR ${message}${cause instanceof Error ? `: ${cause.stack ?? cause.message}` : ''}\n`),
};
