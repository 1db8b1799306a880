/** How a sentence addresses someone: "Ahmed" for Ahmed Yilmaz. */
export function firstName(displayName: string): string {
  return displayName.split(/\s+/)[0] ?? displayName;
}
