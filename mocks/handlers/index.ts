import { dealHandlers } from './deals';
import { openApiHandlers } from './openapi';

/** The mocked API, written once for the browser worker, Node tests and the preview build. */
export const handlers = [...dealHandlers, ...openApiHandlers];
