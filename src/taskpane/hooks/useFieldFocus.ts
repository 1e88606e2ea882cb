import { useCallback, useState } from 'react';
import { INPUT_FIELD_BY_KEY, INPUT_GROUPS } from '../../core';

/** The attribute that marks a form control with its 正文素材 field key, so it can be found to focus. */
export const FIELD_KEY_ATTRIBUTE = 'data-input-key';

/**
 * Which groups of the 正文素材 form are open, and a way to take the clerk to one field: its group is
 * opened, then the control scrolled into view and focused once the panel has rendered.
 */
export function useFieldFocus() {
  const [openGroups, setOpenGroups] = useState<string[]>([INPUT_GROUPS[0]]);
  const focusField = useCallback((key: string) => {
    const group = INPUT_FIELD_BY_KEY.get(key)?.group;
    if (group) setOpenGroups((open) => (open.includes(group) ? open : [...open, group]));
    // The panel opens on the next render; the control exists only then.
    requestAnimationFrame(() => {
      const control = document.querySelector<HTMLElement>(`[${FIELD_KEY_ATTRIBUTE}="${key}"]`);
      control?.scrollIntoView({ block: 'center' });
      control?.focus();
    });
  }, []);
  return { openGroups, setOpenGroups, focusField };
}
