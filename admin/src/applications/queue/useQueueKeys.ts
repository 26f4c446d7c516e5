import { type RefObject, useEffect, useRef, useState } from 'react';
import { useListContext } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { rememberQueue } from '../rememberedQueue';

/** Keys the queue takes over from a focused chip or tab: Enter opens the highlighted case. */
function ownsEnter(target: HTMLElement, table: HTMLElement | null): boolean {
  if (target === document.body || target === document.documentElement) return true;
  if (target.closest('[role=dialog], [role=menu], [role=listbox], [role=presentation]')) return false;
  return !!target.closest('.MuiChip-root, [role=tab]') || !!table?.querySelector('tbody')?.contains(target);
}

/**
 * j / k move through the rows of the queue, keeping the highlighted row in view; Enter opens the
 * highlighted case, also right after a click on a quick filter or a tab. Typing in a field is left
 * alone. Remembers the rows shown, for the case page's "next case".
 */
export function useQueueKeys(): { focusedId: unknown; bodyRef: RefObject<HTMLDivElement | null> } {
  const { data, filterValues, sort, page, perPage } = useListContext();
  const navigate = useNavigate();
  const bodyRef = useRef<HTMLDivElement | null>(null);
  const [index, setIndex] = useState(0);
  const moved = useRef(false);
  const rows = data ?? [];
  const at = Math.max(0, Math.min(index, rows.length - 1));

  // Another filter, sort or page starts again at the first row.
  const view = JSON.stringify([filterValues, sort, page, perPage]);
  const [shownView, setShownView] = useState(view);
  if (shownView !== view) {
    setShownView(view);
    setIndex(0);
  }

  useEffect(() => {
    if (data) rememberQueue(data);
  }, [data]);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    bodyRef.current?.querySelectorAll('tbody tr')[at]?.scrollIntoView({ block: 'nearest' });
  }, [at]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (
        ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
        target.isContentEditable ||
        e.ctrlKey ||
        e.metaKey ||
        e.altKey
      )
        return;
      if (e.key === 'j' || e.key === 'k') {
        moved.current = true;
        setIndex(e.key === 'j' ? Math.min(at + 1, rows.length - 1) : Math.max(at - 1, 0));
      } else if (e.key === 'Enter' && rows[at] && ownsEnter(target, bodyRef.current)) {
        // Before the focused chip or tab sees it: Enter opens the case, it does not toggle a filter.
        e.preventDefault();
        e.stopPropagation();
        navigate(`/applications/${rows[at].id}/show`);
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [rows, at, navigate]);
  return { focusedId: rows[at]?.id ?? null, bodyRef };
}
