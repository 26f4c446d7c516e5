import type { CreateParams, DataProvider, UpdateParams } from 'react-admin';
import { graphql } from '../generated';
import type { ApplicantKind, OfficeKind, RegionBasis, RoutingRuleInput, SubjectCategory } from '../generated/graphql';
import { request } from './graphql';
import { found, page, refusing, requiredField, result } from './resource';

// The routing rules: all of them at once (there are a few dozen), in priority order.

const RoutingRulesQuery = graphql(`
  query ConsoleRoutingRules {
    routingRules { ...RoutingRuleFields }
  }
`);

const RoutingRuleQuery = graphql(`
  query ConsoleRoutingRule($id: ID!) {
    routingRule(id: $id) { ...RoutingRuleFields }
  }
`);

const CreateRoutingRule = graphql(`
  mutation ConsoleCreateRoutingRule($input: RoutingRuleInput!) {
    createRoutingRule(input: $input) { ...RoutingRuleFields }
  }
`);

const UpdateRoutingRule = graphql(`
  mutation ConsoleUpdateRoutingRule($id: ID!, $version: Int!, $input: RoutingRuleInput!) {
    updateRoutingRule(id: $id, version: $version, input: $input) { ...RoutingRuleFields }
  }
`);

const DeleteRoutingRule = graphql(`
  mutation ConsoleDeleteRoutingRule($id: ID!, $version: Int!) {
    deleteRoutingRule(id: $id, version: $version)
  }
`);

/** What the rule form holds: a rule's fields as typed or picked (empty text and selects are '' until chosen). */
interface RuleFormValues {
  name: string;
  priority: number | string;
  enabled?: boolean | null;
  applicantKind?: ApplicantKind | '' | null;
  subjectCategory?: SubjectCategory | '' | null;
  entrusted?: boolean | null;
  regionBasis: RegionBasis;
  regionPrefix?: string | null;
  minDaysInChina?: number | string | null;
  targetOfficeKind?: OfficeKind | '' | null;
  targetOffice?: { id: string } | null;
  targetOfficeId?: string | null;
  legalBasis?: string | null;
}

/** The rule as it was read (an update and a delete send its version: optimistic locking). */
interface RuleVersion {
  id: string;
  version: number;
}

/** The rule form → RoutingRuleInput. */
const ruleInput = (d: Partial<RuleFormValues>): RoutingRuleInput => ({
  name: requiredField(d, 'name'),
  priority: Number(d.priority),
  enabled: !!d.enabled,
  applicantKind: d.applicantKind || null,
  subjectCategory: d.subjectCategory || null,
  entrusted: d.entrusted ?? null,
  regionBasis: requiredField(d, 'regionBasis'),
  regionPrefix: d.regionPrefix || null,
  minDaysInChina: d.minDaysInChina === '' || d.minDaysInChina == null ? null : Number(d.minDaysInChina),
  targetOfficeKind: d.targetOfficeKind || null,
  targetOfficeId: d.targetOffice?.id || d.targetOfficeId || null,
  legalBasis: d.legalBasis || null,
});

const allRules = async () => (await request(RoutingRulesQuery)).routingRules;

export const routingRules: DataProvider = {
  ...refusing('routingRules'),
  getList: async () => {
    const rules = await allRules();
    return page(rules, rules.length);
  },
  getOne: async (_resource, { id }) => found((await request(RoutingRuleQuery, { id: String(id) })).routingRule),
  getMany: async (_resource, { ids }) => result((await allRules()).filter((r) => ids.map(String).includes(r.id))),
  getManyReference: async () => {
    const rules = await allRules();
    return page(rules, rules.length);
  },
  create: async (_resource, { data }: CreateParams<RuleFormValues>) =>
    result((await request(CreateRoutingRule, { input: ruleInput(data) })).createRoutingRule),
  update: async (_resource, { id, data, previousData }: UpdateParams<RuleFormValues & RuleVersion>) =>
    result(
      (await request(UpdateRoutingRule, { id: String(id), version: previousData.version, input: ruleInput(data) }))
        .updateRoutingRule,
    ),
  delete: async (_resource, { id, previousData }) => {
    await request(DeleteRoutingRule, { id: String(id), version: previousData?.version });
    return result(previousData);
  },
};
