import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Content-addressed storage: each file lives once, named by its SHA-256, under `root`
 * (aa/aabbcc...). Files are written to a temporary name first and renamed into place, so a
 * half-written file is never seen under its final name.
 */
export class FileStore {
  constructor(readonly root: string) {}

  pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }

  private get tempDir(): string {
    return path.join(this.root, 'tmp');
  }

  /** A fresh temporary path inside the store (same file system, so the final rename is atomic). */
  tempPath(): string {
    fs.mkdirSync(this.tempDir, { recursive: true });
    return path.join(this.tempDir, `${Date.now()}-${randomBytes(6).toString('hex')}`);
  }

  /**
   * Removes temporary files older than `olderThanMs`: what uploads cut short by a crash left behind.
   * The age spares uploads still running in another server process on the same store.
   */
  sweepTemp(olderThanMs: number): number {
    if (!fs.existsSync(this.tempDir)) return 0;
    let removed = 0;
    for (const name of fs.readdirSync(this.tempDir)) {
      const file = path.join(this.tempDir, name);
      const stat = fs.statSync(file, { throwIfNoEntry: false });
      if (!stat || Date.now() - stat.mtimeMs < olderThanMs) continue;
      fs.rmSync(file, { force: true });
      removed++;
    }
    return removed;
  }

  /** Moves a finished temporary file into place under its hash (dropping it if the content is there already). */
  commit(tempPath: string, sha256: string): void {
    const target = this.pathOf(sha256);
    if (fs.existsSync(target)) {
      fs.rmSync(tempPath, { force: true });
      return;
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.renameSync(tempPath, target);
  }

  put(content: Buffer): string {
    const sha256 = createHash('sha256').update(content).digest('hex');
    if (!fs.existsSync(this.pathOf(sha256))) {
      const temp = this.tempPath();
      fs.writeFileSync(temp, content);
      this.commit(temp, sha256);
    }
    return sha256;
  }

  has(sha256: string): boolean {
    return fs.existsSync(this.pathOf(sha256));
  }
}
