import { request } from '../dataProvider/graphql';
import { graphql } from '../generated';
import type { ApplicationInput } from '../generated/graphql';

// The routing decision for an input, as the preview and the simulator ask for it.

const ExplainRoutingCoded = graphql(`
  query ConsoleExplainRoutingCoded($input: ApplicationInput!) {
    explainRouting(input: $input) { ...RoutingDecisionFields }
  }
`);

export const explainRoutingCoded = async (input: ApplicationInput) =>
  (await request(ExplainRoutingCoded, { input })).explainRouting;
