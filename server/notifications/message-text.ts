import { badInput } from '../core/errors';
import { maskNumberOfUnknownKind } from '../identifiers/identifiers';

// What a text message to an applicant may carry of an officer's words, and what a log may keep of
// a message. Both read the text as a phone shows it: fullwidth letters, digits and punctuation as
// their ASCII forms, and a number across the spaces and dashes typed between its digits.

/** `text` with fullwidth forms of ASCII, the ideographic space and full stops as ASCII, one character for each (so indexes agree). */
export function halfwidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000\u3002\uFF61]/g, (c) => {
    if (c === '\u3000') return ' ';
    if (c === '\u3002' || c === '\uFF61') return '.';
    return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
  });
}

/** `text` with each match of `pattern` (global) in its halfwidth form replaced by what `replace` makes of it, or kept when that is null. */
function replaceReadAsHalfwidth(
  text: string,
  pattern: RegExp,
  replace: (match: RegExpExecArray) => string | null,
): string {
  let out = '';
  let from = 0;
  for (const m of halfwidth(text).matchAll(pattern)) {
    const end = m.index + m[0].length;
    out += text.slice(from, m.index) + (replace(m) ?? text.slice(m.index, end));
    from = end;
  }
  return out + text.slice(from);
}

/** What may stand between the digits of a number as typed: spaces, dashes, dots, slashes. */
const SEPARATOR = '[\\s\\-\\u2010-\\u2015\\u2212\\uFE63._/\\u00B7\\u30FB]';

/**
 * A calendar date, with a time of day perhaps (kept as it is: a reason often names a day), or a
 * run of digits with separators between them, a letter or two before (a passport's E, a permit's
 * H) and an X after (a check character).
 */
const DATE_OR_NUMBER = new RegExp(
  `(\\d{4}[-./年]\\d{1,2}[-./月]\\d{1,2}日?(?:\\s*\\d{1,2}:\\d{2})?)` +
    `|(?:(?<![A-Za-z])[A-Za-z]{1,2})?\\d(?:${SEPARATOR}{0,3}\\d)+(?:${SEPARATOR}{0,3}[Xx])?`,
  'g',
);

/** The fewest characters of a number masked in free text: 8 (a Taiwan permit's digits, a passport's). */
const LONG_NUMBER = 8;

/**
 * Free text with every identity or document number in it masked (see maskNumberOfUnknownKind),
 * however it was typed: fullwidth, or with spaces or dashes between its digits.
 */
export function maskIdNumbersInText(text: string): string {
  return replaceReadAsHalfwidth(text, DATE_OR_NUMBER, ([found, date]) => {
    if (date) return null;
    const number = found.replace(new RegExp(SEPARATOR, 'g'), '').toUpperCase();
    return number.length >= LONG_NUMBER ? maskNumberOfUnknownKind(number) : null;
  });
}

/** Top-level domains a link in a message could name without its scheme. */
const DOMAINS = (
  'com cn net org gov edu info biz top xyz vip club shop site online store tech app dev io co cc me tv ly hk mo tw uk us jp kr ru de ' +
  'link live pro mobi asia icu fun ink ren cloud work tk ml ga cf gq pw cyou'
).split(' ');

/** A web address: with a scheme, beginning www., a host name under a common top-level domain, or an IPv4 address; with what follows it. */
const LINK = new RegExp(
  `\\b[a-z][a-z0-9+.-]*:\\/\\/[!-~]*|\\bwww\\.[!-~]*` +
    `|\\b(?:[a-z0-9-]+\\.)+(?:${DOMAINS.join('|')})\\b(?:[:/?#][!-~]*)?` +
    `|\\b\\d{1,3}(?:\\.\\d{1,3}){3}\\b(?:[:/?#][!-~]*)?`,
  'gi',
);

/** Whether `text` holds a web address, written in ASCII or fullwidth. */
export function hasLink(text: string): boolean {
  return halfwidth(text).search(LINK) >= 0;
}

/**
 * Refuses words that reach applicants by text message when they hold a web address (a message from
 * the police carries none but its own): BAD_USER_INPUT on `field`, LINK_IN_MESSAGE, `how` saying how
 * the words reach the applicant.
 */
export function refuseLink(text: string, field: string, how: string): void {
  if (hasLink(text))
    throw badInput(field, `must not hold a link or web address: ${how}`, { reason: 'LINK_IN_MESSAGE' });
}

/** `text` with each web address (a verification code among its parameters) left out. */
export function withoutLinks(text: string): string {
  return replaceReadAsHalfwidth(text, LINK, () => '[link]');
}
