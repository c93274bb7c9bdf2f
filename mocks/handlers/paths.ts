import { API_ENDPOINTS, apiPaths } from '../../src/lib/api-paths';

const TEMPLATES = Object.values(API_ENDPOINTS).map(({ path }) => path.split('/'));

/** The segments every endpoint's path starts with (`/api`), read from the contract. */
export const API_ROOT = TEMPLATES.reduce((common, template) => {
  const differs = common.findIndex((part, i) => part !== template[i]);
  return differs === -1 ? common : common.slice(0, differs);
}).join('/');

/**
 * Whether a request's path is exactly one of the contract's: its case, no trailing or doubled
 * slash, each parameter a non-empty segment. A lenient mock would let a client depend on paths a
 * strict backend refuses: the stand-in (http-server.ts) and the browser's mocks both refuse them.
 */
export function isContractPath(pathname: string): boolean {
  const segments = pathname.split('/');
  return TEMPLATES.some(
    (template) =>
      template.length === segments.length &&
      template.every((part, i) => (part.startsWith('{') ? segments[i] !== '' : part === segments[i])),
  );
}

/** What a request to a path the contract does not have is told (404 `not_found`). */
export function noEndpointMessage(target: string): string {
  return `No endpoint at ${target.slice(0, 200)}; the API is described at ${apiPaths.openapi()}.`;
}
