// The Element Timing API's attribute (the bench times paint by the browser's entries for it): React
// passes it to the DOM as written; its types do not know it yet.
import 'react';

declare module 'react' {
  // The type parameter must match React’s own declaration to merge with it.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface HTMLAttributes<T> {
    elementtiming?: string;
  }
}
