/**
 * Loads the app's code and starts it (main.tsx): the page's HTML stays as it is if the code cannot
 * come (a dropped connection, a deploy that replaced its files), and the console says why.
 */
export function loadApp(): void {
  import('../main')
    .then(({ startApp }) => startApp())
    .catch((error: unknown) => {
      console.error(
        'The app’s code could not be loaded; the page shows what its HTML holds. Reload the page to try again.',
        error,
      );
    });
}
