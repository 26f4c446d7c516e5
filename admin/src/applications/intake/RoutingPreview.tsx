import { Alert, Button, CircularProgress, Stack, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { type CodedDecision, headlineText } from '../../common/routingMessage';
import { errorMessage } from '../../dataProvider/graphql';
import { explainRoutingCoded } from '../../routing/explainRouting';
import { type ApplicationDraft, type IntakeFormValues, toApplicationInput } from './intakeForm';

const DEBOUNCE_MS = 400;

/**
 * Where the case would go, and why, before it is submitted: run again as the fields change
 * (debounced), the reason that decided in the console's language, naming its field.
 */
export function RoutingPreview() {
  const { getValues } = useFormContext<IntakeFormValues>();
  const values = useWatch<IntakeFormValues>();
  const translate = useTranslate();
  const [result, setResult] = useState<CodedDecision | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const sequence = useRef(0);

  const check = async () => {
    const mine = ++sequence.current;
    setBusy(true);
    try {
      // Asked at any time (the button): the server answers an application that lacks a field the
      // schema requires with what it lacks, and the preview shows that.
      const decision = await explainRoutingCoded(routingInput(getValues()));
      if (mine !== sequence.current) return;
      setResult(decision);
      setError(null);
    } catch (e) {
      if (mine !== sequence.current) return;
      setResult(null);
      setError(errorMessage(e));
    } finally {
      if (mine === sequence.current) setBusy(false);
    }
  };

  const input = routingInput(values ?? {});
  const key = JSON.stringify(input);
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run when the application as sent changes, not on every render
  useEffect(() => {
    // On its own the preview waits for what the schema requires; the button asks at any time.
    if (!hasRequiredFields(input)) return;
    const timer = setTimeout(check, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key]);

  return (
    <Stack spacing={1} sx={{ width: '100%' }}>
      <Stack direction="row" spacing={2} alignItems="center">
        <Button variant="outlined" onClick={check} data-testid="check-routing">
          {translate('app.intake.check_routing')}
        </Button>
        <Typography variant="caption" color="text.secondary">
          {translate(busy ? 'app.intake_ux.checking' : 'app.intake_ux.auto_preview')}
        </Typography>
        {busy && <CircularProgress size={16} />}
      </Stack>
      {error && (
        <Alert severity="info" data-testid="routing-error">
          {error}
        </Alert>
      )}
      {result &&
        (result.office ? (
          <Alert severity="success" data-testid="routing-result" data-code={result.headline?.code}>
            <Typography variant="subtitle2">{result.office.name}</Typography>
            {headlineText(translate, result)}
          </Alert>
        ) : (
          <Alert
            severity="warning"
            data-testid="routing-result"
            data-code={result.headline?.code}
            data-field={result.notAcceptedField ?? ''}
          >
            {translate('app.intake_ux.not_accepted', { reason: headlineText(translate, result) })}
          </Alert>
        ))}
    </Stack>
  );
}

/**
 * The application as routing reads it: the delivery and the mailing address are left out (they
 * route nothing, and a half-typed address is the mailing fields' own to name, not the preview's).
 */
const routingInput = (values: IntakeFormValues): ApplicationDraft => ({
  ...toApplicationInput(values),
  delivery: 'COUNTER_PICKUP',
  mailingAddress: null,
});

/** Whether every one of `fields` of `object` is filled in. */
const filled = <T extends object>(object: T | null | undefined, fields: readonly (keyof T)[]): boolean =>
  !!object && fields.every((f) => object[f] != null && object[f] !== '');

/** Whether the input has every field ApplicationInput requires, so the server can route it at all. */
function hasRequiredFields(input: ApplicationDraft): boolean {
  if (!filled(input, ['applicantKind', 'channel', 'delivery', 'purpose'])) return false;
  if (!filled(input.subject, ['category', 'idNumber', 'idType', 'name', 'nationality'])) return false;
  return input.applicantKind !== 'UNIT' || filled(input.unit, ['creditCode', 'name', 'region']);
}
