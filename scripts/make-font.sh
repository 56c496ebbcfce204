#!/bin/sh
# Rebuilds assets/fonts/NotoSansKR-VectorLift.ttf, the one font the PDF report embeds.
#
# Source: the Korean face (index 1) of Noto Sans CJK Regular from Debian's fonts-noto-cjk
# (SIL Open Font License 1.1, see assets/fonts/OFL.txt). Steps:
#   1. subset it to the scripts the report must print: Basic Latin, Latin-1, Latin Extended-A,
#      Cyrillic, Hangul (syllables, Jamo, compatibility Jamo) and the punctuation and symbols
#      the report and plan notes use (degree, plus-minus, times, arrows, bullet, dashes, ...);
#      layout tables (GSUB/GPOS) and vertical metrics are dropped: pdf-lib places glyphs by
#      their advance widths only, so they would be dead weight;
#   2. compose the Latin Extended-A letters the Korean face lacks from its own glyphs (base
#      letter + accent cut from a letter that has it; see the comments in the Python below);
#   3. convert the CFF outlines to TrueType quadratics (cu2qu). fontkit, which pdf-lib uses to
#      subset the font into each PDF, writes broken CID-keyed CFF subsets but sound TrueType
#      ones; glyphs are padded to 4 bytes because fontkit's subset assumes even glyph offsets
#      when it chooses the short loca format.
# Output is reproducible: timestamps are not recalculated.
#
# Needs python3 with fontTools (Debian: python3-fonttools) and fonts-noto-cjk.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
src=${NOTO_CJK_TTC:-/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc}
out="$root/assets/fonts/NotoSansKR-VectorLift.ttf"

# fontTools may live in the system python only (pyenv shims hide it).
py=""
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c 'import fontTools' 2>/dev/null; then py=$candidate; break; fi
done
[ -n "$py" ] || { echo "make-font: python3 with fontTools is required (apt-get install python3-fonttools)" >&2; exit 1; }
[ -f "$src" ] || { echo "make-font: $src not found (apt-get install fonts-noto-cjk)" >&2; exit 1; }

unicodes="U+0020-007E,U+00A0-00FF,U+0100-017F,U+0400-04FF,\
U+1100-11FF,U+3130-318F,U+A960-A97F,U+AC00-D7A3,U+D7B0-D7FF,\
U+2010-2027,U+2030,U+2032-2033,U+2039-203A,U+20AC,U+2116,U+2122,\
U+2190-2199,U+2212,U+2248,U+2260,U+2264-2265,\
U+25A0-25A1,U+25B2-25B3,U+25CB,U+25CF,U+2713,U+2717,U+3000-3003,U+3008-3011"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$py" -m fontTools.subset "$src" --font-number=1 --unicodes="$unicodes" \
  --layout-features='' --drop-tables+=GSUB,GPOS,GDEF,BASE,vhea,vmtx,VORG \
  --no-hinting --name-IDs='*' --name-languages='*' --output-file="$tmp/subset.otf"

"$py" - "$tmp/subset.otf" "$out" <<'PY'
import math
import sys
import unicodedata
from fontTools.pens.boundsPen import BoundsPen
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.recordingPen import RecordingPen
from fontTools.pens.transformPen import TransformPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

src, dst = sys.argv[1], sys.argv[2]
font = TTFont(src, recalcTimestamp=False)
cmap = font.getBestCmap()
glyph_set = font.getGlyphSet()
IDENTITY = (1, 0, 0, 1, 0, 0)

# ---- Latin Extended-A ------------------------------------------------------------------------
# The Korean face lacks most of Latin Extended-A (Polish, Czech, Baltic, Hungarian, Turkish
# names). They are composed here from the face's own glyphs so they match its design: the base
# letter plus the accent cut from a letter that has it (é ê ë ě ă å, the dot of i), the comma for
# comma-below, an apostrophe for the caron of ď ľ ť, and a drawn ogonek and strokes. Only
# U+017F long s (archaic) is left out. A part is (transform, contour).

def contours(ch):
    rec = RecordingPen()
    glyph_set[cmap[ord(ch)]].draw(rec)
    out, cur = [], []
    for op, args in rec.value:
        cur.append((op, args))
        if op in ('closePath', 'endPath'):
            out.append(cur)
            cur = []
    return out

def parts(cs, dx=0, dy=0, m=(1, 0, 0, 1)):
    return [((m[0], m[1], m[2], m[3], dx, dy), c) for c in cs]

def shift(ps, dx, dy):
    return [((t[0], t[1], t[2], t[3], t[4] + dx, t[5] + dy), c) for t, c in ps]

def bounds(ps):
    pen = BoundsPen(glyph_set)
    draw(ps, pen)
    return pen.bounds

def draw(ps, pen):
    for t, c in ps:
        tp = TransformPen(pen, t)
        for op, args in c:
            getattr(tp, op)(*args)

def advance(ch):
    return glyph_set[cmap[ord(ch)]].width

def polygon(points):
    return [(IDENTITY, [('moveTo', (points[0],))] + [('lineTo', (p,)) for p in points[1:]] + [('closePath', ())])]

def rect(x0, y0, x1, y1):
    return polygon([(x0, y0), (x1, y0), (x1, y1), (x0, y1)])

def slanted_bar(cx, cy, length, thick, degrees):
    a = math.radians(degrees)
    ux, uy, nx, ny = math.cos(a), math.sin(a), -math.sin(a), math.cos(a)
    h, t = length / 2, thick / 2
    return polygon([(cx - ux * h - nx * t, cy - uy * h - ny * t), (cx + ux * h - nx * t, cy + uy * h - ny * t),
                    (cx + ux * h + nx * t, cy + uy * h + ny * t), (cx - ux * h + nx * t, cy - uy * h + ny * t)])

X_HEIGHT = 543

def accent(src, base):
    """The contours of `src` above the top of `base`: the accent (é minus e)."""
    top = bounds(parts(contours(base)))[3]
    return parts([c for c in contours(src) if bounds(parts([c]))[1] > top])

def dotless(ch):
    return parts([c for c in contours(ch) if bounds(parts([c]))[1] < X_HEIGHT])

I_DOT = parts([c for c in contours('i') if bounds(parts([c]))[1] > X_HEIGHT])

ACCENTS = {  # combining mark -> (lowercase form, uppercase form)
    '\u0301': (accent('é', 'e'), accent('É', 'E')),
    '\u0302': (accent('ê', 'e'), accent('Ê', 'E')),
    '\u0308': (accent('ë', 'e'), accent('Ë', 'E')),
    '\u030c': (accent('ě', 'e'), accent('Ě', 'E')),
    '\u0306': (accent('ă', 'a'), accent('Ă', 'A')),
    '\u030a': (accent('å', 'a'), accent('Å', 'A')),
    '\u0307': (I_DOT, I_DOT),
}

def double_acute(upper):
    acute = ACCENTS['\u0301'][1 if upper else 0]
    b = bounds(acute)
    w = b[2] - b[0]
    return shift(acute, -w * 0.42, 0) + shift(acute, w * 0.42, 0)

COMMA = parts(contours(','), 0, 0, (0.8, 0, 0, 0.8))
# Ogonek drawn in font units with its attachment at (0, 0): the face has none to borrow.
OGONEK = [(IDENTITY, [('moveTo', ((30, 5),)), ('curveTo', ((-40, -20), (-70, -95), (-50, -160))),
                      ('curveTo', ((-35, -205), (20, -222), (85, -205))), ('lineTo', ((90, -160),)),
                      ('curveTo', ((45, -172), (15, -165), (10, -140))), ('curveTo', ((0, -100), (30, -45), (95, 5))),
                      ('closePath', ())])]

def with_mark(base, mark):
    upper = base.isupper()
    body = dotless(base) if base in 'ij' and mark != '\u0328' else parts(contours(base))
    b = bounds(body)
    cx = (b[0] + b[2]) / 2
    if mark == '\u030c' and base in 'dlLt':  # ď ľ Ľ ť: the caron is an apostrophe beside the stem
        apo = parts(contours('’'))
        a = bounds(apo)
        dy = {'t': b[3] - a[3] + 80, 'L': 0}.get(base, b[3] - a[3])
        dx = (b[0] + 150 if base == 'L' else b[2] + 10) - a[0]
        return body + shift(apo, dx, dy), advance(base) + (0 if base == 'L' else 60)
    if mark == '\u0328':
        return body + shift(OGONEK, b[2] - (110 if upper else 90), 0), advance(base)
    if mark == '\u0327':  # cedilla: drawn as comma below (Latvian, Romanian), turned above for g
        c = bounds(COMMA)
        if base == 'g':
            turned = [((-0.8, 0, 0, -0.8, 0, 0), cc) for _, cc in parts(contours(','))]
            t = bounds(turned)
            return body + shift(turned, cx - (t[0] + t[2]) / 2, b[3] + 60 - t[1]), advance(base)
        return body + shift(COMMA, cx - (c[0] + c[2]) / 2, -30 - c[3]), advance(base)
    mark_parts = double_acute(upper) if mark == '\u030b' else ACCENTS[mark][1 if upper else 0]
    m = bounds(mark_parts)
    if mark == '\u0307':
        dy = (bounds(parts(contours('E')))[3] if upper else max(b[3], X_HEIGHT)) + 112 - m[1]
    else:
        reference = bounds(parts(contours('E' if upper else 'e')))[3]
        dy = max(0, b[3] - reference) if upper else b[3] - reference
    return body + shift(mark_parts, cx - (m[0] + m[2]) / 2, dy), advance(base)

def special(ch):
    if ch in 'Łł':
        base = 'L' if ch == 'Ł' else 'l'
        b = bounds(parts(contours(base)))
        return parts(contours(base)) + slanted_bar(b[0] + 46, 330 if ch == 'Ł' else 400, 250, 70, 35), advance(base)
    if ch in 'Ħħ':
        base = 'H' if ch == 'Ħ' else 'h'
        b = bounds(parts(contours(base)))
        bar = rect(b[0] - 45, 545, b[2] + 45, 605) if ch == 'Ħ' else rect(b[0] - 60, 610, b[0] + 260, 668)
        return parts(contours(base)) + bar, advance(base)
    if ch in 'Ŧŧ':
        base = 'T' if ch == 'Ŧ' else 't'
        b = bounds(parts(contours(base)))
        c = (b[0] + b[2]) / 2
        bar = rect(c - 170, 300, c + 170, 362) if ch == 'Ŧ' else rect(b[0], 250, b[2] - 20, 310)
        return parts(contours(base)) + bar, advance(base)
    if ch == 'ı':
        return dotless('i'), advance('i')
    if ch in 'Ĳĳ':
        a, j = ('I', 'J') if ch == 'Ĳ' else ('i', 'j')
        return parts(contours(a)) + parts(contours(j), advance(a) - 20), advance(a) + advance(j) - 20
    if ch in 'Ŀŀ':
        base = 'L' if ch == 'Ŀ' else 'l'
        dot = parts(contours('·'))
        d = bounds(dot)
        if ch == 'ŀ':
            return parts(contours(base)) + shift(dot, advance(base) - d[0] + 10, 0), advance(base) + (d[2] - d[0]) + 40
        return parts(contours(base)) + shift(dot, bounds(parts(contours(base)))[0] + 200 - d[0], 0), advance(base)
    if ch == 'ŉ':
        return parts(contours('’')) + parts(contours('n'), advance('’') - 40), advance('’') - 40 + advance('n')
    if ch == 'ĸ':  # kra: a small-capital K
        k = bounds(parts(contours('K')))
        return parts(contours('K'), 92 - k[0] * 0.86, 0, (0.86, 0, 0, X_HEIGHT / 733)), round(advance('K') * 0.86)
    if ch in 'Ŋŋ':  # eng: the letter with the descender of a dotless j on its right stem
        base = 'N' if ch == 'Ŋ' else 'n'
        b = bounds(parts(contours(base)))
        j = dotless('j')
        return parts(contours(base)) + shift(j, b[2] - bounds(j)[2], 0), advance(base)
    return None

composed = {}
for cp in range(0x100, 0x180):
    if cp in cmap or cp == 0x17F:
        continue
    ch = chr(cp)
    decomposed = unicodedata.normalize('NFD', ch)
    made = with_mark(*decomposed) if len(decomposed) == 2 else special(ch)
    if made is None:
        raise SystemExit(f'make-font: no recipe for U+{cp:04X} {ch}')
    composed[cp] = made

# ---- CFF to TrueType -------------------------------------------------------------------------
order = font.getGlyphOrder()
glyphs = {}
for name in order:
    pen = TTGlyphPen(glyph_set)
    # 1 font unit of error on a 1000-unit em: invisible at print sizes.
    glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
    glyphs[name] = pen.glyph()
hmtx = font['hmtx'].metrics
for cp, (ps, adv) in sorted(composed.items()):
    name = f'uni{cp:04X}'
    pen = TTGlyphPen(glyph_set)
    draw(ps, Cu2QuPen(pen, 1.0, reverse_direction=True))
    glyphs[name] = pen.glyph()
    order.append(name)
    hmtx[name] = (int(round(adv)), 0)
    for table in font['cmap'].tables:
        if table.isUnicode():
            table.cmap[cp] = name

del font['CFF ']
font.setGlyphOrder(order)
font['loca'] = newTable('loca')
glyf = font['glyf'] = newTable('glyf')
glyf.glyphOrder = order
glyf.glyphs = glyphs
glyf.padding = 4
for name, (adv, _) in list(hmtx.items()):
    glyphs[name].recalcBounds(glyf)
    hmtx[name] = (adv, getattr(glyphs[name], 'xMin', 0))

maxp = font['maxp']
maxp.tableVersion = 0x00010000
for attr in ('maxTwilightPoints', 'maxStorage', 'maxFunctionDefs', 'maxInstructionDefs',
             'maxStackElements', 'maxSizeOfInstructions', 'maxComponentElements',
             'maxComponentDepth'):
    setattr(maxp, attr, 0)
maxp.maxZones = 1

post = font['post']
post.formatType = 3.0  # no glyph names: the PDF maps glyphs to text with a ToUnicode CMap

font.sfntVersion = '\x00\x01\x00\x00'
font.save(dst)
print(f'make-font: composed {len(composed)} Latin Extended-A letters')
PY

echo "make-font: wrote $out ($(wc -c < "$out") bytes)"
