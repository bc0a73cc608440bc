// Runs one JavaScript NLP library over every .txt under a folder and prints one JSON line:
// throughput (start-up excluded) and what it found. Usage: node peers.mjs compromise|wink DIR
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, basename } from 'node:path';

const [lib, dir] = process.argv.slice(2);
if (!lib || !dir) {
  console.error('usage: node peers.mjs compromise|wink DIR');
  process.exit(2);
}

function texts(folder) {
  const out = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) out.push(...texts(path));
    else if (name.endsWith('.txt') && basename(name) !== 'SOURCE.txt') out.push(readFileSync(path).toString('utf8'));
  }
  return out;
}

async function load(name) {
  if (name === 'compromise') {
    const nlp = (await import('compromise')).default;
    return (text) => {
      const doc = nlp(text);
      return {
        person: doc.people().length,
        organization: doc.organizations().length,
        location: doc.places().length,
        figure: doc.numbers().length,
      };
    };
  }
  if (name === 'wink') {
    const winkNLP = (await import('wink-nlp')).default;
    const model = (await import('wink-eng-lite-web-model')).default;
    const nlp = winkNLP(model);
    const its = nlp.its;
    return (text) => {
      const doc = nlp.readDoc(text);
      const counts = { sentence: doc.sentences().length(), figure: 0, other: 0 };
      doc.entities().each((e) => {
        const type = e.out(its.type);
        if (type === 'CARDINAL' || type === 'MONEY' || type === 'PERCENT' || type === 'MEASURE') counts.figure++;
        else counts.other++;
      });
      return counts;
    };
  }
  throw new Error(`unknown library ${name}`);
}

const docs = texts(dir);
const bytes = docs.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
const analyse = await load(lib);
analyse('Warm-up text by John Smith in London.');
const found = {};
const t0 = process.hrtime.bigint();
for (const text of docs) {
  for (const [k, v] of Object.entries(analyse(text))) found[k] = (found[k] ?? 0) + v;
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(JSON.stringify({ engine: lib, articles: docs.length, bytes, seconds, mbPerSecond: bytes / 1e6 / seconds, found }));
