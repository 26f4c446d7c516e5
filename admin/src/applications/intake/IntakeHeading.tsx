import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** The heading of a part of the intake form (the subject, the unit, the agent, the mailing address...). */
export function IntakeHeading({ text }: { text: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" color="primary" sx={{ mt: 2 }}>
      {translate(text)}
    </Typography>
  );
}
