/** A problem the user can fix (bad flag, unreadable input): one line on stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
