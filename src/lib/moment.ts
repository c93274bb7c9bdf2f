// A moment, such as when a file was made or a page printed, in UTC and saying so: "7 Dec 2026, 19:05 UTC".
// Apart from format.ts (which reads the dictionaries) so that an embed's small entry can write it too.

export const MOMENT_FORMAT: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
};

/** `moment` in the words of the `Intl` locale `tag`, with a formatter already made for it if there is one. */
export function momentIn(tag: string, moment: Date, format?: Intl.DateTimeFormat): string {
  return `${(format ?? new Intl.DateTimeFormat(tag, MOMENT_FORMAT)).format(moment)} UTC`;
}
