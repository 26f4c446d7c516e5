import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../core/context';
import type { ReasonKind } from '../core/enums';
import { badInput, notFound } from '../core/errors';
import { managerOf, transactionOf } from '../db/transaction';
import { refuseLink } from '../notifications/message-text';
import { ReasonTemplate, TEMPLATE_LENGTH } from './reason-template.entity';
import type { ReasonTemplateInput } from './reason-template.inputs';
import { ACTIVE, IN_ORDER, OF_KIND, TEMPLATE } from './reason-template.queries';

/** The templates of `kind` (of every kind without it), in their order; retired ones only when asked. */
export function listReasonTemplates(
  ctx: RequestContext,
  kind: ReasonKind | null,
  withRetired: boolean,
): Promise<ReasonTemplate[]> {
  const qb = managerOf(ctx)
    .getRepository(ReasonTemplate)
    .createQueryBuilder(TEMPLATE)
    .orderBy(IN_ORDER[0], 'ASC')
    .addOrderBy(IN_ORDER[1], 'ASC');
  if (kind) qb.andWhere(OF_KIND, { kind });
  if (!withRetired) qb.andWhere(ACTIVE, { active: true });
  return qb.getMany();
}

/** Creates a template, or changes template `id`; audited with what it now says. */
export async function saveReasonTemplate(
  ctx: RequestContext,
  input: ReasonTemplateInput,
  id?: number,
): Promise<ReasonTemplate> {
  const em = transactionOf(ctx);
  const text = input.text.trim();
  if (!text) throw badInput('input.text', 'is required');
  if (text.length > TEMPLATE_LENGTH) throw badInput('input.text', `at most ${TEMPLATE_LENGTH} characters`);
  refuseLink(text, 'input.text', 'it goes into text messages to applicants');
  const now = new Date();
  const existing = id == null ? null : await em.findOneBy(ReasonTemplate, { id });
  if (id != null && !existing) throw notFound('ReasonTemplate', String(id));
  const saved = await em.save(
    em.create(ReasonTemplate, {
      ...(existing ?? { createdAt: now }),
      kind: input.kind,
      text,
      active: input.active ?? true,
      position: input.position ?? 0,
      updatedAt: now,
    }),
  );
  await recordAudit(ctx, em, {
    action: existing ? 'REASON_TEMPLATE_UPDATED' : 'REASON_TEMPLATE_CREATED',
    entityType: 'ReasonTemplate',
    entityId: saved.id,
    detail: { kind: saved.kind, text: saved.text, active: saved.active, position: saved.position },
  });
  return saved;
}
