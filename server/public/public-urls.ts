import type { Language } from './language';

// The public pages' addresses, as documents and text messages print them.

/** The verification page, where a reader types a document's number and code. */
export const verifyPage = (baseUrl: string): string => `${baseUrl}/verify`;

/** The verification page of an issued document (its QR code). */
export function verifyUrl(baseUrl: string, number: string, code: string): string {
  return `${verifyPage(baseUrl)}?number=${encodeURIComponent(number)}&code=${code}`;
}

/**
 * The progress page, where an applicant follows a case with its reference number and phone digits;
 * its form filled in with `referenceNo` when given, in English when `language` is.
 */
export function progressUrl(baseUrl: string, referenceNo?: string, language: Language = 'zh'): string {
  const query = [
    ...(referenceNo ? [`ref=${encodeURIComponent(referenceNo)}`] : []),
    ...(language === 'en' ? ['lang=en'] : []),
  ];
  return `${baseUrl}/progress${query.length ? `?${query.join('&')}` : ''}`;
}
