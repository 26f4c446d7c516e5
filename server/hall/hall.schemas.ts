import { z } from 'zod';
import { PublicStatus } from '../applications/public-status';
import { SCOPES } from '../clients/client.entity';
import {
  ApplicantKind,
  Carrier,
  Channel,
  DeliveryMethod,
  DocumentKind,
  IdType,
  Purpose,
  RegionBasis,
  SubjectCategory,
} from '../core/enums';
import { STRING_LIMITS } from '../graphql/input-limits';

// The hall API's requests and answers, once: the routes validate with these schemas, and
// openapi.json is generated from them (hall.openapi.ts). Each schema that has an id in the
// registry is a component of the OpenAPI document.

export const registry = z.registry<{ id: string; description?: string }>();

const named = <T extends z.ZodType>(id: string, schema: T, description?: string): T => {
  registry.add(schema, { id, description });
  return schema;
};

/** A text field as long as the console's intake takes it (STRING_LIMITS of the GraphQL input). */
const text = (limit: string) => z.string().max(STRING_LIMITS[limit]);
const optionalText = (limit: string) => text(limit).nullish();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const Person = named(
  'Person',
  z
    .object({
      name: text('PersonInput.name'),
      category: z.enum(SubjectCategory),
      idType: z.enum(IdType),
      idNumber: text('PersonInput.idNumber'),
      nationality: text('PersonInput.nationality'),
      birthDate: day.nullish(),
      gender: optionalText('PersonInput.gender'),
      domicileRegion: optionalText('PersonInput.domicileRegion'),
      residenceRegion: optionalText('PersonInput.residenceRegion'),
      daysInChina: z.number().int().min(0).max(100_000).nullish(),
      phone: optionalText('PersonInput.phone'),
    })
    .strict(),
);

export const Unit = named(
  'Unit',
  z
    .object({
      name: text('UnitInput.name'),
      creditCode: text('UnitInput.creditCode'),
      region: text('UnitInput.region'),
      contactName: optionalText('UnitInput.contactName'),
      contactPhone: optionalText('UnitInput.contactPhone'),
    })
    .strict(),
);

export const MailingAddress = named(
  'MailingAddress',
  z
    .object({
      recipient: text('MailingAddressInput.recipient'),
      phone: text('MailingAddressInput.phone'),
      region: text('MailingAddressInput.region'),
      line: text('MailingAddressInput.line'),
      postalCode: optionalText('MailingAddressInput.postalCode'),
    })
    .strict(),
);

/** What the console's intake takes (submitApplication's input), with the hall's own id; the channel is ONLINE. */
export const ApplicationRequest = named(
  'ApplicationRequest',
  z
    .object({
      hallReference: z
        .string()
        .min(1)
        .max(64)
        .regex(/^[\x21-\x7e]+$/, 'visible ASCII characters'),
      channel: z.literal(Channel.ONLINE).default(Channel.ONLINE),
      applicantKind: z.enum(ApplicantKind),
      subject: Person,
      agent: Person.nullish(),
      unit: Unit.nullish(),
      preferredBasis: z.enum(RegionBasis).nullish(),
      purpose: z.enum(Purpose),
      purposeDetail: optionalText('ApplicationInput.purposeDetail'),
      destinationCountry: optionalText('ApplicationInput.destinationCountry'),
      delivery: z.enum(DeliveryMethod),
      mailingAddress: MailingAddress.nullish(),
    })
    .strict(),
  'An application as the hall hands it over.',
);

const Fee = named(
  'Fee',
  z.object({
    amount: z.number(),
    paid: z.boolean(),
    payable: z.boolean().describe('Due and payable now (the case is decided and the fee unpaid).'),
  }),
);

const Status = z
  .enum(PublicStatus)
  .describe('Where the case is, as the applicant is told (nothing tells what the record check found).');

export const Submitted = named(
  'Submitted',
  z.object({
    referenceNo: z.string(),
    status: Status,
    statusText: z.string(),
    office: z.object({ code: z.string(), name: z.string() }),
    fee: Fee,
    missingDocumentKinds: z.array(z.enum(DocumentKind)),
    progressUrl: z.string(),
  }),
);

export const DocumentRequest = named(
  'DocumentRequest',
  z.object({
    kind: z.enum(DocumentKind),
    file: z.string().describe('The scan: JPEG, PNG or PDF (told by its content), at most 10 MiB.'),
  }),
);

export const DocumentTaken = named(
  'DocumentTaken',
  z.object({ documentId: z.string(), kind: z.enum(DocumentKind), missingDocumentKinds: z.array(z.enum(DocumentKind)) }),
);

export const CaseState = named(
  'CaseState',
  z.object({
    referenceNo: z.string(),
    hallReference: z.string().nullable(),
    status: Status,
    statusText: z.string(),
    steps: z.array(z.object({ step: z.string(), at: z.string() })),
    fee: Fee,
    missingDocumentKinds: z.array(z.enum(DocumentKind)),
    supplement: z
      .object({
        reason: z.string(),
        kinds: z.array(z.enum(DocumentKind)),
        requestedAt: z.string(),
        answeredAt: z.string().nullable(),
      })
      .nullable(),
    mailing: z
      .object({
        carrier: z.enum(Carrier),
        carrierName: z.string(),
        trackingNumber: z.string(),
        mailedAt: z.string().nullable(),
      })
      .nullable(),
    version: z.number().int(),
  }),
);

export const WithdrawRequest = named('WithdrawRequest', z.object({ reason: z.string().min(1).max(1000) }).strict());

export const PaymentNotice = named(
  'PaymentNotice',
  z
    .object({
      referenceNo: z.string().max(24),
      amount: z.number().min(0).max(10_000),
      paidAt: z.iso.datetime({ offset: true }),
      receiptNo: z.string().min(1).max(64),
    })
    .strict(),
  'Signed: X-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the client secret>.',
);

export const PaymentRecorded = named(
  'PaymentRecorded',
  z.object({
    referenceNo: z.string(),
    receiptNo: z.string(),
    fee: Fee,
    repeated: z.boolean().describe('This receipt was recorded before: nothing changed.'),
  }),
);

export const Event = named(
  'Event',
  z
    .object({
      id: z.string().describe('The idempotency key of the event.'),
      event: z.string(),
      referenceNo: z.string(),
      hallReference: z.string().nullable(),
      status: Status,
      statusText: z.string(),
      at: z.string(),
      fee: Fee,
    })
    .catchall(z.unknown())
    .describe('Posted to the callback address, signed like a payment notice, and listed by GET /events.'),
);

export const EventPage = named(
  'EventPage',
  z.object({ events: z.array(Event.extend({ cursor: z.number().int() })), next: z.number().int() }),
);

export const TokenRequest = named(
  'TokenRequest',
  z.object({
    grant_type: z.literal('client_credentials'),
    client_id: z.string().optional(),
    client_secret: z.string().optional(),
    scope: z
      .string()
      .optional()
      .describe(`Space-separated, of ${SCOPES.join(', ')}; all the client's when left out.`),
  }),
);

export const Token = named(
  'Token',
  z.object({
    access_token: z.string(),
    token_type: z.literal('Bearer'),
    expires_in: z.number().int(),
    scope: z.string(),
  }),
);

export const Problem = named(
  'Problem',
  z.object({
    error: z.string(),
    code: z.string().optional(),
    field: z.string().optional(),
    reason: z.string().optional(),
    params: z.record(z.string(), z.unknown()).optional(),
    error_description: z.string().optional(),
  }),
  'Why a request was refused: the field it names, and a reason code the console gets too.',
);
