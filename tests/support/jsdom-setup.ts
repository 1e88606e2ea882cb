/**
 * What jsdom lacks and Fluent UI measures with: a ResizeObserver that never reports (jsdom lays
 * nothing out, so there is no size to report). Only for test files that run in jsdom.
 */
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  class ResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(window, { ResizeObserver });
}

// Rendering whole panels in jsdom takes seconds on a busy machine: a stuck test still ends, later.
if (typeof window !== 'undefined') jest.setTimeout(60_000);
// findBy… and waitFor wait for the pane, not for a deadline: on a busy machine a render takes long.
// eslint-disable-next-line @typescript-eslint/no-require-imports
if (typeof window !== 'undefined') require('@testing-library/dom').configure({ asyncUtilTimeout: 20_000 });
