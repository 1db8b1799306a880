/**
 * Making an Intl.DateTimeFormat costs far more than using one (a phone spends milliseconds on each),
 * and the tab formats many dates with the same few settings: one per locale and options (time zone
 * included; none is the browser's own), kept for as long as the tab is open.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}
