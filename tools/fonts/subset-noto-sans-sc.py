import sys
from fontTools.ttLib import TTCollection, TTFont
from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib.tables._g_l_y_f import table__g_l_y_f
from fontTools.ttLib import newTable

ttc = TTCollection('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc')
face = None
for f in ttc.fonts:
    name = f['name'].getDebugName(4)
    if name and 'SC' in name and 'Mono' not in name:
        face = f; break
print('face', face['name'].getDebugName(4))
face.save('sc.otf')
# characters: ASCII, Latin-1 punct, CJK punct, full-width forms, GB2312
chars = set(range(0x20, 0x7f)) | set(range(0xa0, 0x100)) | set(range(0x3000, 0x3040)) | set(range(0xff00, 0xfff0))
chars |= {0x2014, 0x2015, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026, 0x2030, 0x00b7, 0x2022, 0x2103, 0x2116, 0x2160, 0x2161, 0x2162, 0x2163, 0x2164, 0x25a1, 0x25cb, 0x25cf, 0x2714, 0x2713, 0x2717, 0x00d7}
for b1 in range(0xa1, 0xf8):
    for b2 in range(0xa1, 0xff):
        try:
            c = bytes([b1, b2]).decode('gb2312')
            chars.add(ord(c))
        except Exception:
            pass
extra = open(sys.argv[1], encoding='utf-8').read() if len(sys.argv) > 1 else ''
chars |= {ord(c) for c in extra if ord(c) > 0x2e80}
print('chars', len(chars))
opts = subset.Options()
opts.layout_features = []
opts.name_IDs = ['*']
opts.notdef_outline = True
opts.hinting = False
opts.desubroutinize = True
font = TTFont('sc.otf')
s = subset.Subsetter(opts)
s.populate(unicodes=chars)
s.subset(font)
# CFF -> glyf (quadratic), so PDFBox can embed it as a TrueType-based Type0 font
glyphOrder = font.getGlyphOrder()
glyphSet = font.getGlyphSet()
glyf = newTable('glyf'); glyf.glyphOrder = glyphOrder; glyf.glyphs = {}
for name in glyphOrder:
    pen = TTGlyphPen(glyphSet)
    glyphSet[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
    glyf.glyphs[name] = pen.glyph()
font['glyf'] = glyf
font['loca'] = newTable('loca')
maxp = font['maxp']; maxp.tableVersion = 0x00010000
for a in ('maxZones','maxTwilightPoints','maxStorage','maxFunctionDefs','maxInstructionDefs','maxStackElements','maxSizeOfInstructions','maxComponentElements'):
    setattr(maxp, a, 0)
maxp.maxZones = 1
maxp.maxComponentDepth = 0
del font['CFF ']
if 'VORG' in font: del font['VORG']
font['head'].glyphDataFormat = 0
font.sfntVersion = '\x00\x01\x00\x00'
post = font['post']; post.formatType = 2.0; post.extraNames = []; post.mapping = {}; post.glyphOrder = glyphOrder
font.save('NotoSansSC-Regular-GB2312.ttf')
