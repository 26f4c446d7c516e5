import { request } from '../dataProvider/graphql';
import { graphql } from '../generated';
import type { ApplicationInput, MailingAddressInput, PersonInput, UnitInput } from '../generated/graphql';

// The routing decision for an input, as the preview and the simulator ask for it.

const ExplainRoutingCoded = graphql(`
  query ConsoleExplainRoutingCoded($input: ApplicationInput!) {
    explainRouting(input: $input) { ...RoutingDecisionFields }
  }
`);

/**
 * An ApplicationInput as a form holds it so far: a field not filled in yet is absent. The intake
 * preview asks with it at any time, and the simulator leaves out what a case like it would not
 * have.
 */
export type ApplicationInputDraft = Partial<Omit<ApplicationInput, 'subject' | 'agent' | 'unit' | 'mailingAddress'>> & {
  subject?: Partial<PersonInput>;
  agent?: Partial<PersonInput> | null;
  unit?: Partial<UnitInput> | null;
  mailingAddress?: Partial<MailingAddressInput> | null;
};

/**
 * Where the rules would send the application, and why. The draft is sent as it is: the server
 * checks it against ApplicationInput, and refuses one that lacks a field the schema requires,
 * naming the field (the preview and the simulator show that refusal).
 */
export const explainRoutingCoded = async (input: ApplicationInputDraft) =>
  (await request(ExplainRoutingCoded, { input: input as ApplicationInput })).explainRouting;
