// Turns cnchar-order's stroke-order dictionary into one line per character: "王 1121", strokes in writing order as the
// five basic stroke classes of the national stroke-order standard: 1 横(提) 2 竖(竖钩) 3 撇 4 点(捺) 5 折 (all folds).
// Usage: node extract.js <unpacked cnchar-order package> <output file>
'use strict';
const fs = require('fs');
const path = require('path');

const [pkgDir, out] = process.argv.slice(2);
if (!pkgDir || !out) throw new Error('usage: node extract.js <cnchar-order package dir> <output file>');
const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
const dict = require(path.resolve(pkgDir, pkg.main)).dict;

// cnchar's stroke letters (dict.strokeTable) by stroke name. Every letter must be classed: a new one stops the run.
const CLASS_OF_LETTER = {
  j: '1', i: '1',                 // 横, 提
  f: '2', g: '2',                 // 竖, 竖钩
  s: '3',                         // 撇
  k: '4', d: '4', l: '4',         // 点, 点 (written as in 宀/冖: cnchar's "点2"), 捺
  // 折: 横折折撇 竖弯 横折 横斜钩 横折钩 撇折 竖折撇/竖折折 横折折折钩/横撇弯钩 竖折折钩 弯钩 斜钩/卧钩 横折折/横折弯
  //     横撇/横钩 横折提 横折折折 竖提 撇点 竖弯钩
  a: '5', b: '5', c: '5', o: '5', r: '5', n: '5', x: '5', w: '5', z: '5', t: '5', y: '5', v: '5', e: '5', p: '5',
  q: '5', h: '5', m: '5', u: '5',
};
for (const [letter, info] of Object.entries(dict.strokeTable)) {
  if (!CLASS_OF_LETTER[letter]) throw new Error(`stroke letter ${letter} (${info.name}) has no class`);
}

// Entries the source gets wrong, each checked against the source's own components and an independent table
// (Debian rime-data-stroke); `was` must still match, so a fixed upstream release shows up here instead of being masked.
const CORRECTIONS = {
  '德': { was: '332132522114544', is: '332122522114544', why: '彳332 十12 罒2522 一1 心4544' },
  '皙': { was: '123433122511', is: '1234331232511', why: '析12343312 白32511 (13 strokes, as Unihan kTotalStrokes)' },
  '炽': { was: '433425144', is: '433425134', why: '火4334 只25134' },
  '邶': { was: '2111552', is: '2113552', why: '北21135 阝52' },
  '膝': { was: '351112343424144', is: '351112343424134', why: '月3511 桼12343424134 (as in 漆)' },
};

const lines = [];
for (const [ch, letters] of Object.entries(dict.orders)) {
  if ([...ch].length !== 1) throw new Error(`not a single character: ${ch}`);
  let digits = [...letters].map((l) => {
    const c = CLASS_OF_LETTER[l];
    if (!c) throw new Error(`unknown stroke letter ${l} in ${ch}`);
    return c;
  }).join('');
  const fix = CORRECTIONS[ch];
  if (fix) {
    if (digits !== fix.was) throw new Error(`correction for ${ch} expected ${fix.was}, source has ${digits}`);
    digits = fix.is;
  }
  lines.push([ch.codePointAt(0), `${ch} ${digits}`]);
}
lines.sort((a, b) => a[0] - b[0]);
const header = `# cnchar-order ${pkg.version} (${pkg.license}), ${lines.length} characters, ${Object.keys(CORRECTIONS).length} corrected: see README.md\n`;
fs.writeFileSync(out, header + lines.map((l) => l[1]).join('\n') + '\n');
console.log(`wrote ${lines.length} characters to ${out}`);
