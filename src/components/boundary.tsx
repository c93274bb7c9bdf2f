import { Suspense, useEffect, useRef, type ReactNode } from 'react';
import { boundaryHydrated, useHydrated } from '../lib/hydration';

/** Says once when its boundary's content is live: taken over from the prerendered HTML, or drawn. */
function Probe() {
  // While React takes over HTML it reads the server's snapshot: "not hydrated" means this render is that.
  const hydrating = !useHydrated();
  const fromHtml = useRef(hydrating);
  useEffect(() => {
    if (!fromHtml.current) return;
    fromHtml.current = false;
    boundaryHydrated();
  }, []);
  return null;
}

/**
 * The app's Suspense boundary: React's, plus a word to the page when the client has taken its part
 * of the prerendered HTML over (see lib/hydration.ts). Every Suspense boundary in the app is one of these.
 */
export function Boundary({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  return (
    <Suspense fallback={fallback}>
      <Probe />
      {children}
    </Suspense>
  );
}
