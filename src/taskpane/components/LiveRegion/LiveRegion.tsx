import type { Announcement } from './useAnnouncer';
import { useLiveRegionStyles } from './LiveRegion.styles';

/**
 * One polite live region per panel, mounted with the panel and never removed: screen readers announce
 * changes inside a region they already know, not a status container created together with its text.
 * Each announcement is a new node (keyed by its id), so the same words said again are announced again.
 */
export function LiveRegion({ message }: { message: Announcement | null }) {
  const styles = useLiveRegionStyles();
  return (
    <div className={styles.root} role="status" aria-live="polite" aria-atomic="true" data-testid="live-region">
      {message && <span key={message.id}>{message.text}</span>}
    </div>
  );
}
