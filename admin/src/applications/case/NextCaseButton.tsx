import NavigateNextIcon from '@mui/icons-material/NavigateNext';
import { Button } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { nextInQueue } from '../rememberedQueue';

/** After a step: the case after this one in the queue as the officer last saw it (its filter and sort). */
export function NextCaseButton({ id }: { id: unknown }) {
  const navigate = useNavigate();
  const translate = useTranslate();
  const next = nextInQueue(id);
  if (!next) return null;
  return (
    <Button
      size="small"
      variant="contained"
      color="secondary"
      endIcon={<NavigateNextIcon />}
      title={translate('app.queue_ux.next_case_title', { reference: next.referenceNo })}
      data-testid="next-case"
      data-next-id={next.id}
      onClick={() => navigate(`/applications/${next.id}/show`)}
    >
      {translate('app.queue_ux.next_case')}
    </Button>
  );
}
