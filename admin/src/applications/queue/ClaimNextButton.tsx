import PlaylistAddCheckIcon from '@mui/icons-material/PlaylistAddCheck';
import { Button, Tooltip } from '@mui/material';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useCanAccess, useNotify, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { useConsoleDataProvider } from '../../dataProvider';

/**
 * "领取下一件" (also the key n, outside a field): claims the free case of the officer's scope with
 * the nearest deadline and opens it; says so when none is left. One claim at a time: a second press
 * while the first is under way does nothing.
 */
export function ClaimNextButton() {
  const { canAccess } = useCanAccess({ resource: 'applications.claimNext', action: 'run' });
  const dataProvider = useConsoleDataProvider();
  const navigate = useNavigate();
  const notify = useNotify();
  const translate = useTranslate();
  const [claiming, setClaiming] = useState(false);
  const busy = useRef(false);

  const claim = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    setClaiming(true);
    try {
      const claimed = await dataProvider.claimNext();
      if (claimed) navigate(`/applications/${claimed.id}/show`);
      else notify('app.queue_ux.none_to_claim', { type: 'info' });
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      busy.current = false;
      setClaiming(false);
    }
  }, [dataProvider, navigate, notify]);

  useEffect(() => {
    if (!canAccess) return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (e.key !== 'n' || e.ctrlKey || e.metaKey || e.altKey || target.isContentEditable) return;
      if (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('[role=dialog]')) return;
      e.preventDefault();
      void claim();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [canAccess, claim]);

  if (!canAccess) return null;
  return (
    <Tooltip title={translate('app.queue_ux.claim_next_title')}>
      <span>
        <Button
          size="small"
          variant="contained"
          startIcon={<PlaylistAddCheckIcon />}
          onClick={() => void claim()}
          disabled={claiming}
          data-testid="claim-next"
        >
          {translate('app.queue_ux.claim_next')}
        </Button>
      </span>
    </Tooltip>
  );
}
