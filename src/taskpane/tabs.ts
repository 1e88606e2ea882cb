/** The task pane's tabs, and what each panel is given. */
export type TabKey = 'sheets' | 'validate' | 'generate' | 'previous';

export interface PanelProps {
  /** Whether this panel is the selected tab. */
  active: boolean;
  /** Selects another tab. */
  goTo?: (tab: TabKey) => void;
}
