// Checks the extracted strokes.txt against independent Debian data; prints numbers, changes nothing.
//   unicode-data (Unihan): coverage of the 8105 characters of 通用规范汉字表 (kTGH), stroke counts (kTotalStrokes)
//   rime-data-stroke (stroke.dict.yaml, h s p n z): the same five classes, often several readings per character
// Usage: node crosscheck.js <strokes.txt> <dir with Unihan_OtherMappings.txt and Unihan_IRGSources.txt> <stroke.dict.yaml>
'use strict';
const fs = require('fs');
const path = require('path');
const [strokesFile, unihanDir, rimeDict] = process.argv.slice(2);

const strokes = new Map();
for (const line of fs.readFileSync(strokesFile, 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [ch, digits] = line.split(' ');
  strokes.set(ch, digits);
}
function unihan(file, field, fn) {
  for (const line of fs.readFileSync(path.join(unihanDir, file), 'utf8').split('\n')) {
    const p = line.split('\t');
    if (p[1] === field && p[0].startsWith('U+')) fn(String.fromCodePoint(parseInt(p[0].slice(2), 16)), p[2]);
  }
}
const level = new Map();
unihan('Unihan_OtherMappings.txt', 'kTGH', (ch, v) => {
  const n = parseInt(v.split(':')[1], 10);
  level.set(ch, n <= 3500 ? 1 : n <= 6500 ? 2 : 3);
});
const covered = [0, 0, 0, 0];
const total = [0, 0, 0, 0];
const missing = [];
for (const [ch, lv] of level) {
  total[lv]++;
  if (strokes.has(ch)) covered[lv]++; else missing.push(ch);
}
console.log(`通用规范汉字表: ${covered.slice(1).reduce((a, b) => a + b)} of ${level.size} covered; `
  + `level 1 ${covered[1]}/${total[1]}, level 2 ${covered[2]}/${total[2]}, level 3 ${covered[3]}/${total[3]}`);
console.log(`outside the table: ${[...strokes.keys()].filter((c) => !level.has(c)).length}`);
const countDiff = [];
unihan('Unihan_IRGSources.txt', 'kTotalStrokes', (ch, v) => {
  const s = strokes.get(ch);
  if (s && s.length !== parseInt(v.split(' ')[0], 10)) countDiff.push(`${ch} ${s.length}/${v}`);
});
console.log(`stroke count differs from kTotalStrokes: ${countDiff.length} ${countDiff.join(', ')}`);
const rime = new Map();
let body = false;
for (const line of fs.readFileSync(rimeDict, 'utf8').split('\n')) {
  if (line === '...') { body = true; continue; }
  const p = line.split('\t');
  if (!body || p.length < 2) continue;
  const code = p[1].replace(/[hspnz]/g, (c) => 'hspnz'.indexOf(c) + 1);
  rime.set(p[0], [...(rime.get(p[0]) || []), code]);
}
let both = 0;
const disagree = [];
for (const [ch, s] of strokes) {
  if (!rime.has(ch)) continue;
  both++;
  if (!rime.get(ch).includes(s)) disagree.push(`${ch} ${s} (rime ${rime.get(ch).join('/')})`);
}
console.log(`rime-data-stroke: ${both - disagree.length} of ${both} agree with one of its readings; differ:\n  ${disagree.join('\n  ')}`);
