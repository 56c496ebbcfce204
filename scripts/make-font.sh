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
#   2. convert the CFF outlines to TrueType quadratics (cu2qu). fontkit, which pdf-lib uses to
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
import sys
from fontTools.ttLib import TTFont, newTable
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen

src, dst = sys.argv[1], sys.argv[2]
font = TTFont(src, recalcTimestamp=False)
order = font.getGlyphOrder()
glyph_set = font.getGlyphSet()
glyphs = {}
for name in order:
    pen = TTGlyphPen(glyph_set)
    # 1 font unit of error on a 1000-unit em: invisible at print sizes.
    glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
    glyphs[name] = pen.glyph()

del font['CFF ']
font['loca'] = newTable('loca')
glyf = font['glyf'] = newTable('glyf')
glyf.glyphOrder = order
glyf.glyphs = glyphs
glyf.padding = 4

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
PY

echo "make-font: wrote $out ($(wc -c < "$out") bytes)"
