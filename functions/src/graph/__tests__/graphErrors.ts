/** errors.md / throttling.md (microsoft-graph-docs-contrib, concepts): the error body every failing call answers with. */
export function graphErrorBody(code: string, message: string, status: number) {
  return {
    error: {
      code,
      message,
      innerError: { code: String(status), date: '2026-11-20T12:51:51', 'request-id': '94fb3b52-452a-4535-a601-69e0a90e3aa2' },
    },
  };
}
