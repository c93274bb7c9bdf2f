/**
 * How a change of view lands in the browser's history: 'push' adds an entry (a discrete change,
 * so Back undoes it), 'replace' rewrites the current one, and 'continuous' is one step of a
 * gesture (drag, wheel, slider, typing): the gesture's first write pushes, the rest replace it.
 * It lives in lib so that features and shared components can type their callbacks with it.
 */
export type HistoryMode = 'push' | 'replace' | 'continuous';
