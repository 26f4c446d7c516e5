import type { CreateParams, DataProvider, UpdateParams } from 'react-admin';
import { graphql } from '../generated';
import type { ReasonKind, ReasonTemplateInput } from '../generated/graphql';
import { request } from './graphql';
import { found, page, refusing, requiredField, result } from './resource';

// The reasons administrators word for 要求补正 and 不予受理: a resource of the administrators'
// pages (retired ones too), and the templates a step's dialog offers (reasonTemplatesOf).

const ReasonTemplatesQuery = graphql(`
  query ConsoleReasonTemplates($kind: ReasonKind, $withRetired: Boolean) {
    reasonTemplates(kind: $kind, withRetired: $withRetired) { id kind text active position }
  }
`);

const CreateReasonTemplate = graphql(`
  mutation ConsoleCreateReasonTemplate($input: ReasonTemplateInput!) {
    createReasonTemplate(input: $input) { id kind text active position }
  }
`);

const UpdateReasonTemplate = graphql(`
  mutation ConsoleUpdateReasonTemplate($id: ID!, $input: ReasonTemplateInput!) {
    updateReasonTemplate(id: $id, input: $input) { id kind text active position }
  }
`);

type TemplateFormValues = ReasonTemplateInput & { id?: string };

/** The template form → ReasonTemplateInput. */
const templateInput = (d: Partial<TemplateFormValues>): ReasonTemplateInput => ({
  kind: requiredField(d, 'kind'),
  text: requiredField(d, 'text'),
  active: d.active ?? true,
  position: d.position ?? 0,
});

const allTemplates = async (kind: ReasonKind | null) =>
  (await request(ReasonTemplatesQuery, { kind, withRetired: true })).reasonTemplates;

export const reasonTemplates: DataProvider = {
  ...refusing('reasonTemplates'),
  getList: async (_resource, { filter }) => {
    const items = await allTemplates(filter?.kind || null);
    return page(items, items.length);
  },
  getOne: async (_resource, { id }) => found((await allTemplates(null)).find((t) => t.id === String(id))),
  getMany: async (_resource, { ids }) =>
    result((await allTemplates(null)).filter((t) => ids.map(String).includes(t.id))),
  create: async (_resource, { data }: CreateParams<TemplateFormValues>) =>
    result((await request(CreateReasonTemplate, { input: templateInput(data) })).createReasonTemplate),
  update: async (_resource, { id, data }: UpdateParams<TemplateFormValues & { id: string }>) =>
    result((await request(UpdateReasonTemplate, { id: String(id), input: templateInput(data) })).updateReasonTemplate),
};

/** The templates a step's dialog offers: those of its kind still in use, in their order. */
export const reasonTemplatesOf = async (kind: ReasonKind) =>
  (await request(ReasonTemplatesQuery, { kind, withRetired: false })).reasonTemplates;
