import type { MouseEvent } from 'react';
import { viewHref } from './url/app-url';
import type { ViewEntry } from './views';

export interface AppNavProps {
  views: readonly ViewEntry[];
  current: string;
  onNavigate: (id: string) => void;
}

/** Real links (open in a new tab, copy) that switch views in place on a plain click. */
export function AppNav({ views, current, onNavigate }: AppNavProps) {
  const follow = (id: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onNavigate(id);
  };
  return (
    <nav className="app-nav" aria-label="Views">
      {views.map((view) => (
        <a
          key={view.id}
          href={viewHref(view.id)}
          aria-current={view.id === current ? 'page' : undefined}
          onClick={follow(view.id)}
        >
          {view.label}
        </a>
      ))}
    </nav>
  );
}
