import { Alert, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { toApplicationInput } from './intakeForm';

/** "Check routing": where the case would go, and why, before it is submitted. */
export function RoutingPreview() {
  const { getValues } = useFormContext();
  const dataProvider = useDataProvider();
  const translate = useTranslate();
  const [result, setResult] = useState<any>(null);
  const [error, setError] = useState<string | null>(null);
  const check = async () => {
    setError(null);
    try {
      setResult(await dataProvider.explainRouting(toApplicationInput(getValues())));
    } catch (e: any) {
      setResult(null);
      setError(e.message);
    }
  };
  return (
    <Stack spacing={1} sx={{ width: '100%' }}>
      <Button variant="outlined" onClick={check} sx={{ alignSelf: 'flex-start' }} data-testid="check-routing">
        {translate('app.intake.check_routing')}
      </Button>
      {error && <Alert severity="error">{error}</Alert>}
      {result &&
        (result.office ? (
          <Alert severity="success" data-testid="routing-result">
            <Typography variant="subtitle2">{result.office.name}</Typography>
            {result.explanation}
          </Alert>
        ) : (
          <Alert severity="warning" data-testid="routing-result">
            {translate('app.intake.not_accepted', { reason: result.notAcceptedReason })}
          </Alert>
        ))}
    </Stack>
  );
}
