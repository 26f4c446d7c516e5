import { useEffect, useState } from 'react';
import { useListContext } from 'react-admin';
import { useNavigate } from 'react-router-dom';

/** j / k move through the rows of the queue, Enter opens the case. Typing in a field is left alone. */
export function useQueueKeys(): string | null {
  const { data } = useListContext();
  const navigate = useNavigate();
  const [index, setIndex] = useState(0);
  const rows = data ?? [];
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.isContentEditable || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'j') setIndex((i) => Math.min(i + 1, rows.length - 1));
      else if (e.key === 'k') setIndex((i) => Math.max(i - 1, 0));
      else if (e.key === 'Enter' && rows[index]) navigate(`/applications/${rows[index].id}/show`);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [rows, index, navigate]);
  return rows[Math.min(index, rows.length - 1)]?.id ?? null;
}
