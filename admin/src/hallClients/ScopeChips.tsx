import { Chip, Stack } from '@mui/material';
import { useEnumLabel } from '../common/EnumText';

/** What a client may do, one chip a scope, in the console's words. */
export function ScopeChips({ scopes }: { scopes: readonly string[] }) {
  const label = useEnumLabel();
  return (
    <Stack
      direction="row"
      spacing={0.5}
      sx={{ flexWrap: 'wrap', rowGap: 0.5 }}
      data-testid="client-scopes"
      data-scopes={scopes.join(' ')}
    >
      {scopes.map((scope) => (
        <Chip key={scope} size="small" label={label('HallScope', scope)} />
      ))}
    </Stack>
  );
}
