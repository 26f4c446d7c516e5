import {
  coerceInputValue,
  defaultFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isIntrospectionType,
  isListType,
  isObjectType,
} from 'graphql';
import { badInput } from '../core/errors';

/**
 * The longest value, in characters, of every String argument ('Type.field.argument') and String
 * input field ('InputType.field'): the width of the column it is stored in, or for text kept only
 * in the audit trail (whose JSON column holds 64 KB on MySQL) a bound like its neighbours'.
 * A String the table misses stops the schema from building.
 */
export const STRING_LIMITS: Readonly<Record<string, number>> = {
  // Case notes and reasons: statusReason, decisionNote and supplementReason are 1000 wide.
  'Mutation.closeReview.note': 1000,
  'Mutation.decideApplication.note': 1000,
  'Mutation.endInvestigation.note': 1000,
  'Mutation.notAcceptApplication.reason': 1000,
  'Mutation.openReview.reason': 1000,
  'Mutation.requestSupplement.reason': 1000,
  'Mutation.signOffDecision.note': 1000,
  'Mutation.startInvestigation.reason': 1000,
  'Mutation.transferApplication.reason': 1000,
  'Mutation.withdrawApplication.reason': 1000,
  'Mutation.revealIdNumber.reason': 500,
  'Mutation.recordFeePayment.receiptNo': 64,
  'Mutation.verifyDocument.note': 500,
  'Mutation.setCalendarDay.note': 100,
  'Mutation.setFeeRule.note': 200,
  'Mutation.setFeeRule.regionPrefix': 12,
  // Passwords are stored hashed; 128 is far above any real one and keeps argon2's input small.
  'Mutation.changePassword.currentPassword': 128,
  'Mutation.changePassword.newPassword': 128,
  'OfficerInput.password': 128,
  'OfficerUpdateInput.password': 128,
  'OfficerInput.username': 64,
  'OfficerInput.displayName': 64,
  'OfficerUpdateInput.displayName': 64,
  'Query.auditTrail.entityType': 32,
  'Query.auditTrail.entityId': 64,
  // Searches: no stored value they could match is longer (office names 120, unit names 200).
  'Query.offices.q': 120,
  'Query.officers.q': 64, // username and displayName are 64 wide
  'Query.regions.parent': 6,
  'Query.regions.q': 40,
  'Query.region.code': 9,
  'ApplicationFilter.q': 200,
  'ApplicationInput.purposeDetail': 500,
  'ApplicationInput.destinationCountry': 64,
  'PersonInput.name': 100,
  'PersonInput.idNumber': 32,
  'PersonInput.nationality': 64,
  'PersonInput.gender': 8,
  'PersonInput.domicileRegion': 12,
  'PersonInput.residenceRegion': 12,
  'PersonInput.phone': 32,
  'UnitInput.name': 200,
  'UnitInput.creditCode': 18,
  'UnitInput.region': 12,
  'UnitInput.contactName': 100,
  'UnitInput.contactPhone': 32,
  'MailingAddressInput.recipient': 100,
  'MailingAddressInput.phone': 32,
  'MailingAddressInput.region': 12,
  'MailingAddressInput.line': 300,
  'MailingAddressInput.postalCode': 10,
  'MailingInput.trackingNumber': 40,
  'ReasonTemplateInput.text': 500,
  'OfficeInput.code': 32,
  'OfficeInput.name': 120,
  'OfficeInput.address': 200,
  'OfficeInput.phone': 40,
  'OfficeInput.jurisdiction': 12, // each region-code prefix
  'RoutingRuleInput.name': 120,
  'RoutingRuleInput.regionPrefix': 12,
  'RoutingRuleInput.legalBasis': 500,
  'HallClientInput.name': 100,
  'Mutation.updateHallClient.clientId': 40,
  'Mutation.rotateHallClientSecret.clientId': 40,
  'HallClientInput.scopes': 16, // each scope's name
  'HallClientInput.callbackUrl': 500,
};

/** Entries of any list: lists of ids become SQL parameters, of which one statement takes a few ten thousand. */
export const MAX_LIST_ENTRIES = 1000;

/** Every id is a signed 32-bit auto-increment key. */
const MAX_ID = 2_147_483_647;

/** Throws BAD_USER_INPUT naming `field` unless `value` is an id: a whole number from 1 within the key's range. */
export function validateId(value: unknown, field: string): void {
  const id = String(value);
  if (!/^[1-9]\d*$/.test(id) || Number(id) > MAX_ID)
    throw badInput(field, `must be an id (a whole number from 1), got ${JSON.stringify(id.slice(0, 20))}`);
}

const child = (field: string, name: string | number) =>
  typeof name === 'number' ? `${field}[${name}]` : field ? `${field}.${name}` : name;

/**
 * Throws BAD_USER_INPUT naming `field` at the first part of `value` (already coerced to `type`)
 * that breaks a limit: a String longer than its entry in STRING_LIMITS (under `limitKey`), an ID
 * that is not a positive whole number, a list longer than MAX_LIST_ENTRIES.
 */
function validateInput(type: GraphQLInputType, value: unknown, field: string, limitKey: string): void {
  if (value == null) return;
  const t = getNullableType(type);
  if (isListType(t)) {
    const items = value as unknown[];
    if (items.length > MAX_LIST_ENTRIES)
      throw badInput(field, `give at most ${MAX_LIST_ENTRIES} entries (got ${items.length})`);
    for (const [i, item] of items.entries()) validateInput(t.ofType, item, child(field, i), limitKey);
  } else if (isInputObjectType(t)) {
    const object = value as Record<string, unknown>;
    for (const f of Object.values(t.getFields()))
      validateInput(f.type, object[f.name], child(field, f.name), `${t.name}.${f.name}`);
  } else if (t.name === 'ID') {
    validateId(value, field);
  } else if (t.name === 'String') {
    const max = STRING_LIMITS[limitKey];
    if ((value as string).length > max)
      throw badInput(field, `must be at most ${max} characters (got ${(value as string).length})`);
  }
}

/** Every String argument and String input field of the schema, keyed as STRING_LIMITS is. */
function stringInputs(schema: GraphQLSchema): string[] {
  const keys: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type)) continue;
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args)
          if (getNamedType(arg.type).name === 'String') keys.push(`${type.name}.${field.name}.${arg.name}`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        if (getNamedType(field.type).name === 'String') keys.push(`${type.name}.${field.name}`);
    }
  }
  return keys;
}

/**
 * Holds the arguments of every field that takes any to the limits before its resolver runs: one
 * check for the whole API. It wraps the resolvers rather than being a type-graphql global
 * middleware, which would run (asynchronously) for every field of every object returned; so it
 * also runs before the auth check inside them, which is harmless as it reads nothing stored.
 */
export function enforceInputLimits(schema: GraphQLSchema): GraphQLSchema {
  const missing = stringInputs(schema).filter((key) => STRING_LIMITS[key] === undefined);
  if (missing.length)
    throw new Error(`No length limit for ${missing.join(', ')}: add one to server/core/input-limits.ts`);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.length) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, values, context, info) => {
        for (const arg of field.args)
          validateInput(arg.type, values[arg.name], arg.name, `${type.name}.${field.name}.${arg.name}`);
        return resolve(source, values, context, info);
      };
    }
  }
  return schema;
}

/**
 * A value from outside GraphQL (a REST query parameter) read as the schema's input type
 * `typeName`: coerced as GraphQL coerces a variable of that type, then held to the same limits.
 * Problems are BAD_USER_INPUT naming the part, under `field`.
 */
export function readInput<T>(schema: GraphQLSchema, typeName: string, value: unknown, field: string): T {
  const type = schema.getType(typeName);
  if (!isInputObjectType(type)) throw new Error(`${typeName} is not an input type of the schema`);
  const coerced = coerceInputValue(value, type, (path, _invalid, error) => {
    throw badInput(path.reduce<string>(child, field), error.message);
  });
  validateInput(type, coerced, field, typeName);
  return coerced as T;
}
