import { dealHandlers } from './deals';

/** The mocked API, written once for the browser worker, Node tests and the preview build. */
export const handlers = [...dealHandlers];
