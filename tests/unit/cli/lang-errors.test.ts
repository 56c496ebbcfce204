import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** A refused plan file printed in --lang (bin/vectorlift.mjs spawned with node). */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'vectorlift.mjs');

function cli(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
    });
  });
}

let scratch: string;
let bad: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'vl-lang-errors-'));
  bad = join(scratch, 'bad.vlift');
  // A plan of a newer schema: refused at /schemaVersion, on line 3, column 20 (where 999 is).
  writeFileSync(bad, '{\n  "format": "vectorlift-plan",\n  "schemaVersion": 999\n}\n');
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a refused plan with --lang (spawned)', () => {
  it('analyze --lang ru prints the refusal in Russian, at the same place and with the same exit code as English', async () => {
    const [ru, en] = await Promise.all([cli(['analyze', bad, '--lang', 'ru']), cli(['analyze', bad])]);
    expect(en.code).toBe(2);
    expect(ru.code).toBe(2);
    expect(en.stderr).toMatch(/bad\.vlift: \/schemaVersion: this plan was made by a newer version of VectorLift \(schema 999; this version reads up to \d+\); update VectorLift to open it \(line 3, column 20\)/);
    expect(ru.stderr).toMatch(/bad\.vlift: \/schemaVersion: план создан более новой версией VectorLift \(схема 999; эта версия читает до \d+\); обновите VectorLift, чтобы открыть его \(строка 3, столбец 20\)/);
  });

  it('export --lang ko prints a missing file in Korean', async () => {
    const result = await cli(['export', join(scratch, 'none.vlift'), '-o', join(scratch, 'out.pdf'), '--lang', 'ko']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('none.vlift: 읽을 수 없습니다 (파일이 없습니다)');
  });
});
