/**
 * The HTTP API as data: each route's method, path, parameters, body, response and auth, shared by
 * the functions (which parse and document from it) and the tab (whose typed client comes from it).
 */
export {};
