import {
  Alert,
  Card,
  CardContent,
  Chip,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import {
  Form,
  FormDataConsumer,
  NumberInput,
  required,
  SaveButton,
  SelectInput,
  TextInput,
  Title,
  useNotify,
  useTranslate,
} from 'react-admin';
import { useEnumChoices } from '../common/EnumText';
import { APPLICANT_KINDS, CATEGORIES, ID_TYPES } from '../common/enums';
import { isObject } from '../common/json';
import { type CodedDecision, headlineText, routingText } from '../common/routingMessage';
import { errorMessage } from '../dataProvider/graphql';
import type { ApplicantKind, IdType, RegionBasis, SubjectCategory } from '../generated/graphql';
import { type ApplicationInputDraft, explainRoutingCoded } from './explainRouting';

/** What the simulator's form holds: a would-be case's routing inputs (text fields are '' or absent until typed). */
interface SimulatorValues {
  applicantKind?: ApplicantKind;
  category?: SubjectCategory;
  idType?: IdType;
  idNumber?: string;
  nationality?: string;
  domicileRegion?: string | null;
  residenceRegion?: string | null;
  preferredBasis?: RegionBasis | '' | null;
  /** As typed in the number field. */
  daysInChina?: number | string | null;
  creditCode?: string;
  unitRegion?: string;
}

const ID_TYPES_OF: Record<string, string[]> = {
  CITIZEN: ['RESIDENT_ID_CARD'],
  HMT_RESIDENT: ['HMT_TRAVEL_PERMIT'],
  FOREIGNER: ['PASSPORT', 'FOREIGNER_PERMANENT_RESIDENCE_CARD'],
};

/** Which inputs routing looks at for this kind of case: the simulator shows only those. */
export function simulatorFields(applicantKind: string | undefined, category: string | undefined) {
  const unit = applicantKind === 'UNIT';
  return {
    domicile: !unit && category === 'CITIZEN',
    residence: !unit,
    preferredBasis: !unit && category === 'CITIZEN',
    daysInChina: category === 'FOREIGNER',
    unit,
  };
}

/** Fill in a would-be case and see which office the rules give it, and the rules tried on the way. */
export function RoutingSimulator() {
  const notify = useNotify();
  const translate = useTranslate();
  const [result, setResult] = useState<CodedDecision | null>(null);
  const bases = useEnumChoices('RegionBasis', ['DOMICILE', 'RESIDENCE']);
  const idTypes = useEnumChoices('IdType', ID_TYPES);
  const simulate = async (values: SimulatorValues) => {
    const applies = simulatorFields(values.applicantKind, values.category);
    const input: ApplicationInputDraft = {
      channel: 'ONLINE',
      applicantKind: values.applicantKind,
      purpose: 'OTHER',
      purposeDetail: 'simulation',
      delivery: 'COUNTER_PICKUP',
      preferredBasis: applies.preferredBasis ? values.preferredBasis || null : null,
      subject: {
        name: 'SIMULATION',
        category: values.category,
        idType: values.idType,
        idNumber: values.idNumber,
        nationality: values.nationality || '—',
        domicileRegion: applies.domicile ? values.domicileRegion || null : null,
        residenceRegion: applies.residence ? values.residenceRegion || null : null,
        daysInChina:
          !applies.daysInChina || values.daysInChina === '' || values.daysInChina == null
            ? null
            : Number(values.daysInChina),
      },
      unit: applies.unit ? { name: 'SIMULATION', creditCode: values.creditCode, region: values.unitRegion } : null,
    };
    try {
      setResult(await explainRoutingCoded(input));
    } catch (error) {
      setResult(null);
      notify(errorMessage(error), { type: 'error' });
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
          <FormDataConsumer>
            {({ formData }) => (
              <SelectInput
                source="idType"
                label="app.intake.id_type"
                choices={idTypes.filter((c) => (ID_TYPES_OF[formData.category] ?? ID_TYPES).includes(c.id))}
                validate={required()}
              />
            )}
          </FormDataConsumer>
          <TextInput
            source="idNumber"
            label="resources.applications.fields.subject.idNumberMasked"
            validate={required()}
          />
          <FormDataConsumer>
            {({ formData }) => {
              const applies = simulatorFields(formData.applicantKind, formData.category);
              return (
                <>
                  {applies.domicile && <TextInput source="domicileRegion" label="enums.RegionBasis.DOMICILE" />}
                  {applies.residence && <TextInput source="residenceRegion" label="enums.RegionBasis.RESIDENCE" />}
                  {applies.preferredBasis && (
                    <SelectInput
                      source="preferredBasis"
                      label="app.intake.preferred_basis"
                      choices={bases}
                      emptyText="—"
                    />
                  )}
                  {applies.daysInChina && <NumberInput source="daysInChina" label="app.intake.days_in_china" />}
                  {applies.unit && (
                    <>
                      <TextInput source="creditCode" label="app.intake.credit_code" />
                      <TextInput source="unitRegion" label="enums.RegionBasis.UNIT_LOCATION" />
                    </>
                  )}
                </>
              );
            }}
          </FormDataConsumer>
          <SaveButton label="app.routing.simulate" alwaysEnable />
        </Form>
        {result && (
          <>
            <Typography variant="h6" sx={{ mt: 2 }} data-testid="simulation-office">
              {result.office?.name ??
                translate('app.intake_ux.not_accepted', { reason: headlineText(translate, result) })}
            </Typography>
            <Alert
              severity={result.office ? 'success' : 'warning'}
              data-testid="simulation-headline"
              data-code={result.headline?.code ?? ''}
              data-step={result.decidingStep ?? ''}
            >
              {headlineText(translate, result)}
            </Alert>
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
                {result.trace.map((step, index) => (
                  <TableRow
                    key={step.rule.id}
                    selected={index === result.decidingStep}
                    data-testid={index === result.decidingStep ? 'deciding-step' : 'trace-step'}
                    data-code={step.code ?? ''}
                  >
                    <TableCell>{step.rule.priority}</TableCell>
                    <TableCell>{step.rule.name}</TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        color={step.matched ? 'success' : 'default'}
                        label={translate(step.matched ? 'app.routing.matched' : 'app.routing.not_matched')}
                      />
                    </TableCell>
                    <TableCell>
                      {routingText(translate, step.code, isObject(step.params) ? step.params : null, step.reason)}
                      {index === result.decidingStep && !step.matched && (
                        <Chip size="small" color="warning" sx={{ ml: 1 }} label={translate('app.intake_ux.deciding')} />
                      )}
                    </TableCell>
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
