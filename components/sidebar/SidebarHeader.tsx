// The bar that is always shown: the product name, collapse/expand and dismiss. When the
// sidebar is collapsed it is all there is: a compact tab that stays in the tab order.
export interface SidebarHeaderProps {
  collapsed: boolean;
  /** Id of the content the collapse button shows and hides. */
  controls: string;
  onCollapse(): void;
  onDismiss(): void;
}

export function SidebarHeader({ collapsed, controls, onCollapse, onDismiss }: SidebarHeaderProps) {
  return (
    <header className="pl-header">
      <p className="pl-brand">
        <span className="pl-brand__mark" aria-hidden="true" />
        Policy Lens
      </p>
      <div className="pl-header__actions">
        <button
          type="button"
          className="pl-button pl-button--quiet"
          aria-expanded={!collapsed}
          aria-controls={controls}
          onClick={onCollapse}
        >
          {collapsed ? 'Expand' : 'Collapse'}
        </button>
        <button
          type="button"
          className="pl-button pl-button--quiet pl-button--icon"
          aria-label="Dismiss for this page"
          title="Dismiss for this page"
          onClick={onDismiss}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
    </header>
  );
}
