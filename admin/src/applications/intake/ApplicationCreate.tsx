import { Grid, Stack } from '@mui/material';
import { type ReactNode, useState } from 'react';
import {
  BooleanInput,
  Create,
  FormDataConsumer,
  NumberInput,
  RadioButtonGroupInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useNotify,
} from 'react-admin';
import { useLocation } from 'react-router-dom';
import { useEnumChoices } from '../../common/EnumText';
import { APPLICANT_KINDS, CATEGORIES, DELIVERIES, ID_TYPES, PURPOSES } from '../../common/enums';
import { type ApplicationRecord, useConsoleDataProvider } from '../../dataProvider';
import { errorMessage } from '../../dataProvider/graphql';
import { RegionPicker } from '../../routing/RegionPicker';
import { CounterReceipt } from './CounterReceipt';
import { EarlierCases } from './EarlierCases';
import { IntakeHeading } from './IntakeHeading';
import { IntakePapers } from './IntakePapers';
import { toApplicationInput, validCreditCode, validDeliveryPhone, validIdNumber, validMobile } from './intakeForm';
import { type HandedIn, handIn, type Paper } from './papers';
import { RoutingPreview } from './RoutingPreview';
import { SameAsSubjectButton } from './SameAsSubjectButton';

const ID_TYPES_OF: Record<string, string[]> = {
  CITIZEN: ['RESIDENT_ID_CARD'],
  HMT_RESIDENT: ['HMT_TRAVEL_PERMIT'],
  FOREIGNER: ['PASSPORT', 'FOREIGNER_PERMANENT_RESIDENCE_CARD'],
};

/** One of the form's two columns at an office screen (1366 px); one column below 900 px. */
function Column({ children, testId }: { children: ReactNode; testId: string }) {
  return (
    <Grid size={{ xs: 12, md: 6 }} data-testid={testId}>
      <Stack sx={{ alignItems: 'flex-start' }}>{children}</Stack>
    </Grid>
  );
}

/**
 * Counter intake: a walk-in application, checked as typed, routed before it is submitted, with the
 * scans the applicant holds; then the receipt. The person on the left; the unit or agent, purpose,
 * delivery, the papers and routing on the right.
 */
export function ApplicationCreate() {
  const notify = useNotify();
  const dataProvider = useConsoleDataProvider();
  const [papers, setPapers] = useState<Paper[]>([]);
  // The receipt of the case just registered, until the officer goes anywhere (the menu's 窗口受理 too).
  const { key } = useLocation();
  const [receipt, setReceipt] = useState<{ application: ApplicationRecord; handedIn: HandedIn[]; at: string } | null>(
    null,
  );
  const kinds = useEnumChoices('ApplicantKind', APPLICANT_KINDS);
  const categories = useEnumChoices('SubjectCategory', CATEGORIES);
  const idTypes = useEnumChoices('IdType', ID_TYPES);
  const purposes = useEnumChoices('Purpose', PURPOSES);
  const deliveries = useEnumChoices('DeliveryMethod', DELIVERIES);
  const bases = useEnumChoices('RegionBasis', ['DOMICILE', 'RESIDENCE']);
  if (receipt?.at === key) {
    return (
      <CounterReceipt application={receipt.application} handedIn={receipt.handedIn} onNext={() => setReceipt(null)} />
    );
  }
  return (
    <Create
      title="app.intake.title"
      transform={toApplicationInput}
      mutationOptions={{
        onSuccess: async (data: ApplicationRecord) => {
          notify('app.intake.submitted', { type: 'success', messageArgs: { referenceNo: data.referenceNo } });
          const handedIn = await handIn(dataProvider.uploadDocument, data.id, papers);
          setPapers([]);
          setReceipt({ application: data, handedIn, at: key });
        },
        onError: (error: unknown) => {
          // A refusal arrives in the officer's language (a routing refusal reads as the preview).
          const reason = errorMessage(error);
          notify('app.intake_ux.submit_refused', { type: 'error', messageArgs: { reason } });
        },
      }}
    >
      {/* Validated as typed: a wrong ID number shows its problem before the officer moves on. */}
      <SimpleForm
        mode="onChange"
        reValidateMode="onChange"
        defaultValues={{
          applicantKind: 'INDIVIDUAL',
          subject: { category: 'CITIZEN', idType: 'RESIDENT_ID_CARD', nationality: '中国' },
          purpose: 'GO_ABROAD',
          delivery: 'COUNTER_PICKUP',
        }}
      >
        <Grid container columnSpacing={4} sx={{ width: '100%' }}>
          <Column testId="intake-person">
            <RadioButtonGroupInput source="applicantKind" choices={kinds} validate={required()} />
            <IntakeHeading text="app.intake.subject" />
            <SelectInput
              source="subject.category"
              label="resources.applications.fields.subjectCategory"
              choices={categories}
              validate={required()}
            />
            <FormDataConsumer>
              {({ formData }) => (
                <SelectInput
                  source="subject.idType"
                  label="app.intake.id_type"
                  choices={idTypes.filter((c) => ID_TYPES_OF[formData.subject?.category ?? 'CITIZEN'].includes(c.id))}
                  validate={required()}
                />
              )}
            </FormDataConsumer>
            <TextInput
              source="subject.idNumber"
              label="resources.applications.fields.subject.idNumberMasked"
              validate={[required(), validIdNumber('subject')]}
            />
            <EarlierCases />
            <TextInput source="subject.name" label="resources.applications.fields.subject.name" validate={required()} />
            <TextInput source="subject.nationality" label="app.intake.nationality" validate={required()} />
            <FormDataConsumer>
              {({ formData }) =>
                (formData.subject?.category ?? 'CITIZEN') === 'CITIZEN' && (
                  <RegionPicker
                    source="subject.domicileRegion"
                    districtSource="regionPick.domicile"
                    label="enums.RegionBasis.DOMICILE"
                    idNumberSource="subject.idNumber"
                    testId="domicile"
                  />
                )
              }
            </FormDataConsumer>
            <RegionPicker
              source="subject.residenceRegion"
              districtSource="regionPick.residence"
              label="enums.RegionBasis.RESIDENCE"
              testId="residence"
            />
            <FormDataConsumer>
              {({ formData }) =>
                formData.subject?.category === 'FOREIGNER' && (
                  <NumberInput
                    source="subject.daysInChina"
                    label="app.intake.days_in_china"
                    min={0}
                    validate={required()}
                  />
                )
              }
            </FormDataConsumer>
            <TextInput source="subject.phone" label="app.intake_ux.mobile" validate={[required(), validMobile]} />
          </Column>
          <Column testId="intake-case">
            <FormDataConsumer>
              {({ formData }) =>
                formData.applicantKind === 'UNIT' ? (
                  <>
                    <IntakeHeading text="app.intake.unit" />
                    <TextInput
                      source="unit.name"
                      label="resources.offices.fields.name"
                      validate={required()}
                      fullWidth
                    />
                    <TextInput
                      source="unit.creditCode"
                      label="app.intake.credit_code"
                      validate={[required(), validCreditCode]}
                      fullWidth
                    />
                    <RegionPicker
                      source="unit.region"
                      districtSource="regionPick.unit"
                      label="enums.RegionBasis.UNIT_LOCATION"
                      testId="unit-region"
                    />
                    <TextInput source="unit.contactName" label="app.intake.contact" fullWidth />
                  </>
                ) : (
                  <>
                    {(formData.subject?.category ?? 'CITIZEN') === 'CITIZEN' && (
                      <RadioButtonGroupInput
                        source="preferredBasis"
                        label="app.intake.preferred_basis"
                        choices={bases}
                      />
                    )}
                    <BooleanInput source="entrusted" label="app.intake.entrusted" />
                    {formData.entrusted && (
                      <>
                        <IntakeHeading text="app.intake.agent" />
                        <TextInput
                          source="agent.name"
                          label="resources.applications.fields.subject.name"
                          validate={required()}
                        />
                        <TextInput
                          source="agent.idNumber"
                          label="enums.IdType.RESIDENT_ID_CARD"
                          validate={[required(), validIdNumber('agent')]}
                        />
                        <TextInput source="agent.phone" label="app.intake_ux.mobile" validate={validMobile} />
                      </>
                    )}
                  </>
                )
              }
            </FormDataConsumer>
            <SelectInput source="purpose" choices={purposes} validate={required()} />
            <FormDataConsumer>
              {({ formData }) => (
                <>
                  {formData.purpose === 'GO_ABROAD' && (
                    <TextInput source="destinationCountry" label="app.intake.destination" validate={required()} />
                  )}
                  {formData.purpose === 'OTHER' && (
                    <TextInput
                      source="purposeDetail"
                      label="resources.applications.fields.purpose"
                      validate={required()}
                      fullWidth
                    />
                  )}
                </>
              )}
            </FormDataConsumer>
            <SelectInput source="delivery" choices={deliveries} validate={required()} />
            <FormDataConsumer>
              {({ formData }) =>
                formData.delivery === 'MAIL' && (
                  <>
                    <IntakeHeading text="app.intake.mailing" />
                    <SameAsSubjectButton />
                    <TextInput source="mailingAddress.recipient" label="app.intake.recipient" validate={required()} />
                    <TextInput
                      source="mailingAddress.phone"
                      label="app.intake.phone"
                      validate={[required(), validDeliveryPhone]}
                    />
                    <RegionPicker
                      source="mailingAddress.region"
                      districtSource="regionPick.mailing"
                      label="app.intake.mailing_region"
                      testId="mailing-region"
                    />
                    <TextInput
                      source="mailingAddress.line"
                      label="app.intake.address"
                      validate={required()}
                      fullWidth
                    />
                    <TextInput source="mailingAddress.postalCode" label="app.intake.postcode" />
                  </>
                )
              }
            </FormDataConsumer>
            <IntakeHeading text="app.intake.upload_title" />
            <IntakePapers papers={papers} onChange={setPapers} />
            <IntakeHeading text="app.intake.routing_result" />
            <RoutingPreview />
          </Column>
        </Grid>
      </SimpleForm>
    </Create>
  );
}
