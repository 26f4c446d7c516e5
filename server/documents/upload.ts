import { createHash } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { Request } from 'express';
import busboy from 'busboy';
import { DocumentKind } from '../core/enums';
import { RequestRefused } from '../core/errors';

import type { FileStore } from './file-store';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

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
      reject(new RequestRefused(400, 'send multipart/form-data with the fields kind and file', 'file'));
      return;
    }
    let kind: string | null = null;
    let received: Omit<ReceivedFile, 'kind'> | null = null;
    let refused: RequestRefused | null = null;
    let writing: Promise<void> = Promise.resolve();
    let settled = false;
    const temp = store.tempPath();

    const settle = async (problem: RequestRefused | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(idle);
      req.unpipe(parser);
      await writing.catch(() => {
        problem ??= new RequestRefused(500, 'the file could not be stored', 'file');
      });
      if (!problem && !received) problem = new RequestRefused(400, 'no file was sent', 'file');
      if (!problem && !Object.values(DocumentKind).includes(kind as DocumentKind)) {
        problem = new RequestRefused(400, `kind must be one of ${Object.values(DocumentKind).join(', ')}`, 'kind');
      }
      if (problem) {
        fs.rmSync(temp, { force: true });
        reject(problem);
      } else {
        resolve({ ...received!, kind: kind as DocumentKind });
      }
    };
    const fail = (problem: RequestRefused) => {
      refused ??= problem;
      parser.destroy();
      void settle(refused);
    };
    let idle = setTimeout(() => fail(new RequestRefused(408, `nothing was received for ${idleMs / 1000} s`, 'file')), idleMs);
    req.on('data', () => idle.refresh());
    req.on('aborted', () => fail(new RequestRefused(400, 'the upload was cut off', 'file')));
    req.on('error', () => fail(new RequestRefused(400, 'the upload could not be read', 'file')));

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
        refused ??= new RequestRefused(413, `the file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MiB`, 'file');
      });
      // pipeline handles an error of either side (a form cut off mid-file errors the file stream).
      const out = fs.createWriteStream(temp);
      // Settled only once the file is closed: a stream destroyed while opening still creates it,
      // and removing it before then would leave it behind.
      writing = pipeline(stream, out).finally(() => (out.closed ? undefined : once(out, 'close').then(() => undefined)));
      writing.catch(() => undefined);
      stream.on('end', () => {
        const fileName = (info.filename ?? '').trim() || 'upload';
        received = { fileName, contentType: '', byteSize: size, sha256: hash.digest('hex'), tempPath: temp };
        if (refused) return;
        const type = sniffType(head);
        const ending = fileName.toLowerCase().split('.').pop() ?? '';
        if (!type) refused = new RequestRefused(415, 'only JPEG, PNG and PDF files are taken (by their content)', 'file');
        else if (!type.endings.includes(ending)) {
          refused = new RequestRefused(415, `the file is ${type.contentType} but its name ends in .${ending}`, 'file');
        } else received.contentType = type.contentType;
        if (size === 0) refused = new RequestRefused(400, 'the file is empty', 'file');
      });
    });
    parser.on('partsLimit', () => fail(new RequestRefused(400, 'send only the fields kind and file', 'file')));
    parser.on('filesLimit', () => fail(new RequestRefused(400, 'send one file per upload', 'file')));
    parser.on('error', () => fail(new RequestRefused(400, 'the upload could not be read (is the form complete?)', 'file')));
    parser.on('close', () => void settle(refused));
    req.pipe(parser);
  });
}
