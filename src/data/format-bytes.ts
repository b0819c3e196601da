/**
 * Sizes as file managers show them, in decimal units (1 MB = 1,000,000 bytes): "12 KB", "150.6 MB", "1 GB". Every
 * size the app states goes through here, so a file's size, the progress of its load and each limit agree.
 */
const UNITS = ['KB', 'MB', 'GB', 'TB'] as const;

export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  let value = bytes / 1000;
  let unit = 0;
  // Kilobytes whole; megabytes and up to a tenth, without a trailing ".0".
  const round = () => (unit === 0 ? Math.round(value) : Math.round(value * 10) / 10);
  while (round() >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${round()} ${UNITS[unit]}`;
}
