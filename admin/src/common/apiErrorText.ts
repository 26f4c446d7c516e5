import { i18nProvider } from '../i18n';
import { routingText } from './routingMessage';

// The server refuses input with a stable reason code and its parameters beside its own English
// text (GraphQL: extensions.reason and extensions.params; REST: reason and params in the JSON
// body). The console shows the reason in the officer's language from app.errors.<REASON>, and the
// server's text for a reason it does not know yet.

const REASON = /^[A-Z][A-Z0-9_]*$/;

const paramsOf = (params: unknown): Record<string, unknown> =>
  params && typeof params === 'object' && !Array.isArray(params) ? (params as Record<string, unknown>) : {};

/** The refusal `reason` (with `params`) in the console's current language; `fallback` (the server's text) if unknown. */
export function reasonText(reason: unknown, params: unknown, fallback: string): string {
  if (typeof reason !== 'string' || !REASON.test(reason)) return fallback;
  if (reason === 'NOT_ACCEPTED') {
    // A refused intake names the routing step that decided, as the routing preview does.
    const p = paramsOf(params);
    if (typeof p.code !== 'string') return fallback;
    const why = routingText(i18nProvider.translate, p.code, paramsOf(p.params), String(p.text ?? fallback));
    return i18nProvider.translate('app.intake_ux.not_accepted', { reason: why });
  }
  return i18nProvider.translate(`app.errors.${reason}`, { ...paramsOf(params), _: fallback });
}

/**
 * A react-admin validation error for an identifier issue found as the officer types (the same
 * checks the server runs): translated when the form shows it, the English text as the fallback.
 * `message` says what is wrong (an identity number, by default; a phone number).
 */
export function issueValidation(
  issue: { reason: string; params: Record<string, unknown>; message: string } | null,
  message = 'app.intake.id_invalid',
) {
  if (!issue) return undefined;
  return { message, args: { problem: reasonText(issue.reason, issue.params, issue.message) } };
}
