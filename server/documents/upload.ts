import { createHash } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import type { Request } from 'express';
import { DocumentKind } from '../core/enums';
import { RequestRefused } from '../core/errors';

import type { FileStore } from './file-store';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/**
 * The reason codes of refused uploads, in the JSON body beside `error` and `field` (with `params`),
 * for the console to put in the officer's language; `error` stays the English fallback.
 */
export type UploadReason =
  | 'UPLOAD_NOT_MULTIPART'
  | 'UPLOAD_NOT_STORED'
  | 'UPLOAD_NO_FILE'
  | 'UPLOAD_KIND_INVALID'
  | 'UPLOAD_IDLE'
  | 'UPLOAD_ABORTED'
  | 'UPLOAD_UNREADABLE'
  | 'UPLOAD_TOO_LARGE'
  | 'UPLOAD_TYPE'
  | 'UPLOAD_TYPE_NAME_MISMATCH'
  | 'UPLOAD_EMPTY'
  | 'UPLOAD_TOO_MANY_PARTS'
  | 'UPLOAD_TOO_MANY_FILES'
  | 'UPLOAD_INCOMPLETE';

const refused = (
  status: number,
  message: string,
  field: string,
  reason: UploadReason,
  params: Record<string, unknown> = {},
) => new RequestRefused(status, message, field, { reason, params });

/** The types we take, told by their first bytes, and the file-name endings each may carry. */
const TYPES = [
  { contentType: 'image/jpeg', magic: [0xff, 0xd8, 0xff], endings: ['jpg', 'jpeg'] },
  { contentType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], endings: ['png'] },
  { contentType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d], endings: ['pdf'] },
];

export function sniffType(head: Buffer): (typeof TYPES)[number] | null {
  return TYPES.find((t) => t.magic.every((byte, i) => head[i] === byte)) ?? null;
}

export interface ReceivedFile {
  kind: DocumentKind;
  fileName: string;
  contentType: string;
  byteSize: number;
  sha256: string;
  tempPath: string;
}

const isDocumentKind = (value: string | null): value is DocumentKind =>
  Object.values(DocumentKind).some((k) => k === value);

/** An upload that sends nothing for this long is ended with 408, so a trickle cannot hold a worker. */
export const UPLOAD_IDLE_MS = 30_000;

/**
 * Streams one multipart upload (`kind`, `file`) to a temporary file in the store while hashing it
 * and reading its first bytes. Whatever happens to the request (refused, malformed, cut off,
 * aborted or idle), the promise settles once and the temporary file is removed unless resolved.
 */
export function receiveUpload(req: Request, store: FileStore, idleMs = UPLOAD_IDLE_MS): Promise<ReceivedFile> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      // utf8: Chinese file names arrive as UTF-8, not busboy's default latin1. The limit is one byte
      // over the maximum because busboy reports reaching its limit, not passing it.
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { fileSize: MAX_UPLOAD_BYTES + 1, files: 1, fields: 5, fieldSize: 1024, parts: 8 },
      });
    } catch {
      reject(refused(400, 'send multipart/form-data with the fields kind and file', 'file', 'UPLOAD_NOT_MULTIPART'));
      return;
    }
    let kind: string | null = null;
    let received: Omit<ReceivedFile, 'kind'> | null = null;
    let refusal: RequestRefused | null = null;
    let writing: Promise<void> = Promise.resolve();
    let settled = false;
    const temp = store.tempPath();

    const settle = async (problem: RequestRefused | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(idle);
      req.unpipe(parser);
      await writing.catch(() => {
        problem ??= refused(500, 'the file could not be stored', 'file', 'UPLOAD_NOT_STORED');
      });
      if (!problem && received && isDocumentKind(kind)) {
        resolve({ ...received, kind });
        return;
      }
      problem ??= received
        ? refused(400, `kind must be one of ${Object.values(DocumentKind).join(', ')}`, 'kind', 'UPLOAD_KIND_INVALID', {
            allowed: Object.values(DocumentKind),
          })
        : refused(400, 'no file was sent', 'file', 'UPLOAD_NO_FILE');
      fs.rmSync(temp, { force: true });
      reject(problem);
    };
    const fail = (problem: RequestRefused) => {
      refusal ??= problem;
      parser.destroy();
      void settle(refusal);
    };
    const idle = setTimeout(
      () =>
        fail(
          refused(408, `nothing was received for ${idleMs / 1000} s`, 'file', 'UPLOAD_IDLE', {
            seconds: idleMs / 1000,
          }),
        ),
      idleMs,
    );
    req.on('data', () => idle.refresh());
    req.on('aborted', () => fail(refused(400, 'the upload was cut off', 'file', 'UPLOAD_ABORTED')));
    req.on('error', () => fail(refused(400, 'the upload could not be read', 'file', 'UPLOAD_UNREADABLE')));

    parser.on('field', (name, value) => {
      if (name === 'kind') kind = value;
    });
    parser.on('file', (_name, stream, info) => {
      const hash = createHash('sha256');
      let size = 0;
      let head = Buffer.alloc(0);
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (head.length < 16) head = Buffer.concat([head, chunk]).subarray(0, 16);
        hash.update(chunk);
      });
      stream.on('limit', () => {
        const maxMiB = MAX_UPLOAD_BYTES / 1024 / 1024;
        refusal ??= refused(413, `the file is larger than ${maxMiB} MiB`, 'file', 'UPLOAD_TOO_LARGE', { maxMiB });
      });
      // pipeline handles an error of either side (a form cut off mid-file errors the file stream).
      const out = fs.createWriteStream(temp);
      // Settled only once the file is closed: a stream destroyed while opening still creates it,
      // and removing it before then would leave it behind.
      writing = pipeline(stream, out).finally(() =>
        out.closed ? undefined : once(out, 'close').then(() => undefined),
      );
      writing.catch(() => undefined);
      stream.on('end', () => {
        const fileName = (info.filename ?? '').trim() || 'upload';
        received = { fileName, contentType: '', byteSize: size, sha256: hash.digest('hex'), tempPath: temp };
        if (refusal) return;
        const type = sniffType(head);
        const ending = fileName.toLowerCase().split('.').pop() ?? '';
        if (!type)
          refusal = refused(415, 'only JPEG, PNG and PDF files are taken (by their content)', 'file', 'UPLOAD_TYPE');
        else if (!type.endings.includes(ending)) {
          refusal = refused(
            415,
            `the file is ${type.contentType} but its name ends in .${ending}`,
            'file',
            'UPLOAD_TYPE_NAME_MISMATCH',
            {
              contentType: type.contentType,
              ending,
            },
          );
        } else received.contentType = type.contentType;
        if (size === 0) refusal = refused(400, 'the file is empty', 'file', 'UPLOAD_EMPTY');
      });
    });
    parser.on('partsLimit', () =>
      fail(refused(400, 'send only the fields kind and file', 'file', 'UPLOAD_TOO_MANY_PARTS')),
    );
    parser.on('filesLimit', () => fail(refused(400, 'send one file per upload', 'file', 'UPLOAD_TOO_MANY_FILES')));
    parser.on('error', () =>
      fail(refused(400, 'the upload could not be read (is the form complete?)', 'file', 'UPLOAD_INCOMPLETE')),
    );
    parser.on('close', () => void settle(refusal));
    req.pipe(parser);
  });
}
