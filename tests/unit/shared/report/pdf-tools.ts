import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The PDF tests check real output with poppler-utils (pdftotext, pdfinfo, pdfimages, pdftoppm)
 * and qpdf, which CI installs. A missing tool fails the test with the package to install: a
 * silently skipped PDF test would hide a broken export.
 */

const PACKAGE: Record<string, string> = {
  pdftotext: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  pdfimages: 'poppler-utils',
  pdftoppm: 'poppler-utils',
  pdffonts: 'poppler-utils',
  qpdf: 'qpdf',
};

export function requireTool(name: string): void {
  const probe = spawnSync(name, ['-v'], { encoding: 'utf8' });
  if (probe.error && (probe.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(`${name} is not installed; the PDF tests need it (apt-get install ${PACKAGE[name] ?? name})`);
  }
}

function withPdf<T>(bytes: Uint8Array, use: (path: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'vl-pdf-'));
  try {
    const path = join(dir, 'doc.pdf');
    writeFileSync(path, bytes);
    return use(path, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Text of the whole document (or one page), as pdftotext extracts it; `layout` keeps table rows
 * on one line; `raw` keeps the drawing order, so a diagram label wrapped over two lines reads in
 * one piece even where a neighbouring label stands beside it.
 */
export function pdfText(bytes: Uint8Array, page?: number, opts: { layout?: boolean; raw?: boolean } = {}): string {
  requireTool('pdftotext');
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  const layout = opts.layout ? ['-layout'] : opts.raw ? ['-raw'] : [];
  return withPdf(bytes, (path) => execFileSync('pdftotext', ['-enc', 'UTF-8', ...layout, ...range, path, '-'], { encoding: 'utf8' }));
}

/** Text of each page: pdftotext ends every page with a form feed. */
export function pdfPages(bytes: Uint8Array, opts: { layout?: boolean; raw?: boolean } = {}): string[] {
  const pages = pdfText(bytes, undefined, opts).split('\f');
  if (pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages;
}

/** A word pdftotext found, with its box in points (top-left origin). */
export interface PdfWord {
  readonly text: string;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

/** The words of each page with their boxes (`pdftotext -bbox`), in reading order. */
export function pdfWords(bytes: Uint8Array): PdfWord[][] {
  requireTool('pdftotext');
  return withPdf(bytes, (path) =>
    execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' })
      .split('<page ')
      .slice(1)
      .map((page) =>
        [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
          text: m[5]!,
          xMin: Number(m[1]),
          yMin: Number(m[2]),
          xMax: Number(m[3]),
          yMax: Number(m[4]),
        })),
      ),
  );
}

/** The run of words `phrase` (split at spaces) in `line`, as one box across, or undefined. */
export function findPhrase(line: readonly PdfWord[], phrase: string): { xMin: number; xMax: number } | undefined {
  const parts = phrase.split(' ');
  for (let i = 0; i + parts.length <= line.length; i++) {
    if (parts.every((p, k) => line[i + k]!.text === p)) return { xMin: line[i]!.xMin, xMax: line[i + parts.length - 1]!.xMax };
  }
  return undefined;
}

/** Runs `qpdf --check`; returns its exit status and output (0 = no errors, 3 = warnings). */
export function qpdfCheck(bytes: Uint8Array): { status: number; output: string } {
  requireTool('qpdf');
  return withPdf(bytes, (path) => {
    const r = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' });
    return { status: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
  });
}

export interface TextObject {
  readonly x: number;
  /** Baseline, points from the top of the page. */
  readonly y: number;
  /** The text rendering mode: 0 fill, 2 fill then stroke (how the report draws bold). */
  readonly mode: number;
}

/** Every text object of every page, from the uncompressed content streams (qpdf --qdf). */
export function textObjects(bytes: Uint8Array, pageHeight: number): TextObject[][] {
  requireTool('qpdf');
  const dir = mkdtempSync(join(tmpdir(), 'vl-text-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), bytes);
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', join(dir, 'in.pdf'), join(dir, 'out.pdf')]);
    const text = readFileSync(join(dir, 'out.pdf'), 'latin1');
    // qpdf --qdf labels each page's content stream "%% Contents for page N".
    const parts = text.split(/%% Contents for page \d+/).slice(1);
    return parts.map((part) => {
      const stream = part.slice(part.indexOf('stream') + 6, part.indexOf('endstream'));
      return [...stream.matchAll(/BT ([^]*?) ET/g)].map((m) => {
        const body = m[1]!;
        const td = /(-?[\d.]+) (-?[\d.]+) Td/.exec(body)!;
        const tr = /(\d) Tr/.exec(body);
        return { x: Number(td[1]), y: pageHeight - Number(td[2]), mode: tr ? Number(tr[1]) : 0 };
      });
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The rows of `pdfimages -list` below its two header lines: one per raster image. */
export function rasterImages(bytes: Uint8Array): string[] {
  requireTool('pdfimages');
  return withPdf(bytes, (path) =>
    execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== ''),
  );
}

export interface PdfInfo {
  readonly pages: number;
  /** Width and height of each page in points. */
  readonly sizes: readonly { width: number; height: number }[];
  readonly fields: Readonly<Record<string, string>>;
}

export function pdfInfo(bytes: Uint8Array): PdfInfo {
  requireTool('pdfinfo');
  return withPdf(bytes, (path) => {
    const first = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    const fields: Record<string, string> = {};
    for (const line of first.split('\n')) {
      const m = /^([^:]+):\s*(.*)$/.exec(line);
      if (m) fields[m[1]!.trim()] = m[2]!.trim();
    }
    const pages = Number(fields.Pages);
    const perPage = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), path], { encoding: 'utf8' });
    const sizes = [...perPage.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
      width: Number(m[1]),
      height: Number(m[2]),
    }));
    return { pages, sizes, fields };
  });
}

/** Names of the embedded fonts with their "emb" and "sub" columns (pdffonts). */
export function pdfFonts(bytes: Uint8Array): { name: string; type: string; embedded: boolean; subset: boolean }[] {
  requireTool('pdffonts');
  return withPdf(bytes, (path) =>
    execFileSync('pdffonts', [path], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '')
      .map((l) => {
        const cols = l.trim().split(/\s+/);
        // name type... encoding emb sub uni object ID: read the yes/no columns from the end.
        const n = cols.length;
        return { name: cols[0]!, type: cols.slice(1, n - 6).join(' '), embedded: cols[n - 5] === 'yes', subset: cols[n - 4] === 'yes' };
      }),
  );
}

export interface Raster {
  readonly width: number;
  readonly height: number;
  /** RGB, 3 bytes per pixel, rows top to bottom. */
  readonly rgb: Uint8Array;
  /** Pixels per point. */
  readonly scale: number;
}

/** Renders one page with pdftoppm to a binary PPM (P6), which needs no image library to read. */
export function renderPage(bytes: Uint8Array, page: number, dpi = 50): Raster {
  requireTool('pdftoppm');
  return withPdf(bytes, (path, dir) => {
    execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', path, join(dir, 'page')]);
    return { ...parsePpm(readFileSync(join(dir, 'page.ppm'))), scale: dpi / 72 };
  });
}

function parsePpm(data: Uint8Array): { width: number; height: number; rgb: Uint8Array } {
  // Header: "P6" whitespace width whitespace height whitespace maxval, one whitespace byte, pixels.
  let pos = 0;
  const token = (): string => {
    while (/\s/.test(String.fromCharCode(data[pos]!))) pos++;
    if (data[pos] === 0x23) {
      while (data[pos] !== 0x0a) pos++;
      return token();
    }
    const start = pos;
    while (!/\s/.test(String.fromCharCode(data[pos]!))) pos++;
    return new TextDecoder().decode(data.subarray(start, pos));
  };
  if (token() !== 'P6') throw new Error('not a binary PPM');
  const width = Number(token());
  const height = Number(token());
  if (Number(token()) !== 255) throw new Error('unexpected PPM depth');
  pos++;
  return { width, height, rgb: data.subarray(pos, pos + width * height * 3) };
}

/** Counts pixels inside a box (points, top-left origin) within `tolerance` of an sRGB colour. */
export function countColour(
  raster: Raster,
  box: { x: number; y: number; width: number; height: number },
  hex: string,
  tolerance = 40,
): number {
  const r = parseInt(hex.slice(1, 3), 16);
  const g = parseInt(hex.slice(3, 5), 16);
  const b = parseInt(hex.slice(5, 7), 16);
  const x0 = Math.max(0, Math.floor(box.x * raster.scale));
  const y0 = Math.max(0, Math.floor(box.y * raster.scale));
  const x1 = Math.min(raster.width, Math.ceil((box.x + box.width) * raster.scale));
  const y1 = Math.min(raster.height, Math.ceil((box.y + box.height) * raster.scale));
  let count = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * raster.width + x) * 3;
      const d = Math.abs(raster.rgb[i]! - r) + Math.abs(raster.rgb[i + 1]! - g) + Math.abs(raster.rgb[i + 2]! - b);
      if (d <= tolerance) count++;
    }
  }
  return count;
}
