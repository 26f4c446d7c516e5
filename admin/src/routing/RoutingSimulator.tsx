import { Card, CardContent, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { Form, NumberInput, SaveButton, SelectInput, TextInput, Title, required, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useEnumChoices } from '../common/EnumText';
import { APPLICANT_KINDS, CATEGORIES, ID_TYPES } from '../common/enums';

/** Fill in a would-be case and see which office the rules give it, and the rules tried on the way. */
export function RoutingSimulator() {
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const translate = useTranslate();
  const [result, setResult] = useState<any>(null);
  const simulate = async (values: any) => {
    const input = {
      channel: 'ONLINE',
      applicantKind: values.applicantKind,
      purpose: 'OTHER',
      purposeDetail: 'simulation',
      delivery: 'COUNTER_PICKUP',
      preferredBasis: values.preferredBasis || null,
      subject: {
        name: 'SIMULATION',
        category: values.category,
        idType: values.idType,
        idNumber: values.idNumber,
        nationality: values.nationality || '—',
        domicileRegion: values.domicileRegion || null,
        residenceRegion: values.residenceRegion || null,
        daysInChina: values.daysInChina === '' || values.daysInChina == null ? null : Number(values.daysInChina),
      },
      unit: values.applicantKind === 'UNIT' ? { name: 'SIMULATION', creditCode: values.creditCode, region: values.unitRegion } : null,
    };
    try {
      setResult(await dataProvider.explainRouting(input));
    } catch (error: any) {
      setResult(null);
      notify(error.message, { type: 'error' });
    }
  };
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="app.routing.simulator" />
      <CardContent>
        <Form
          onSubmit={simulate}
          defaultValues={{
            applicantKind: 'INDIVIDUAL',
            category: 'CITIZEN',
            idType: 'RESIDENT_ID_CARD',
            idNumber: '11010519491231002X',
            residenceRegion: '210102001',
          }}
        >
          <SelectInput
            source="applicantKind"
            label="resources.routingRules.fields.applicantKind"
            choices={useEnumChoices('ApplicantKind', APPLICANT_KINDS)}
            validate={required()}
          />
          <SelectInput
            source="category"
            label="resources.routingRules.fields.subjectCategory"
            choices={useEnumChoices('SubjectCategory', CATEGORIES)}
            validate={required()}
          />
          <SelectInput source="idType" label="enums.IdType.RESIDENT_ID_CARD" choices={useEnumChoices('IdType', ID_TYPES)} validate={required()} />
          <TextInput source="idNumber" label="resources.applications.fields.subject.idNumberMasked" validate={required()} />
          <TextInput source="domicileRegion" label="enums.RegionBasis.DOMICILE" />
          <TextInput source="residenceRegion" label="enums.RegionBasis.RESIDENCE" />
          <SelectInput
            source="preferredBasis"
            label="app.intake.preferred_basis"
            choices={useEnumChoices('RegionBasis', ['DOMICILE', 'RESIDENCE'])}
            emptyText="—"
          />
          <NumberInput source="daysInChina" label="app.intake.days_in_china" />
          <TextInput source="creditCode" label="app.intake.credit_code" />
          <TextInput source="unitRegion" label="enums.RegionBasis.UNIT_LOCATION" />
          <SaveButton label="app.routing.simulate" alwaysEnable />
        </Form>
        {result && (
          <>
            <Typography variant="h6" sx={{ mt: 2 }} data-testid="simulation-office">
              {result.office?.name ?? translate('app.intake.not_accepted', { reason: result.notAcceptedReason })}
            </Typography>
            <Typography>{result.explanation}</Typography>
            <Typography variant="subtitle2" sx={{ mt: 2 }}>
              {translate('app.routing.trace')}
            </Typography>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>#</TableCell>
                  <TableCell>{translate('resources.routingRules.fields.name')}</TableCell>
                  <TableCell />
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {result.trace.map((step: any) => (
                  <TableRow key={step.rule.id}>
                    <TableCell>{step.rule.priority}</TableCell>
                    <TableCell>{step.rule.name}</TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        color={step.matched ? 'success' : 'default'}
                        label={translate(step.matched ? 'app.routing.matched' : 'app.routing.not_matched')}
                      />
                    </TableCell>
                    <TableCell>{step.reason}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        )}
      </CardContent>
    </Card>
  );
}
