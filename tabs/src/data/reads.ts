/**
 * Read options for the queries whose answer becomes a form's starting point (a plan, a
 * preparation, the organisation's defaults, the canvas): nothing of them is kept once the page
 * is left, so opening it again waits for a fresh answer and the form never starts from an old
 * version (its etag would make the next save a needless "changed meanwhile").
 */
export const formSeed = { gcTime: 0 } as const;
