import type { ReactNode } from 'react';
import { useLiveRegionStyles } from './LiveRegion.styles';

/**
 * A polite live region, mounted with its panel and never removed, around the panel's visible news: the
 * spinner (「正在校验…」), the message bars, the result. Screen readers announce what is added inside a
 * region they already know, not a status container created together with its text. Whatever is said
 * is shown too, so no text is in the page twice.
 */
export function LiveRegion({ children }: { children?: ReactNode }) {
  const styles = useLiveRegionStyles();
  return (
    <div className={styles.root} aria-live="polite" data-testid="live-region">
      {children}
    </div>
  );
}

/** Text read by screen readers and not shown: the words that make a row of badges a sentence. */
export function HiddenText({ children }: { children: ReactNode }) {
  return <span className={useLiveRegionStyles().hiddenText}>{children}</span>;
}
