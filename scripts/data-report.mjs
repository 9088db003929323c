// `make data-report`: every figure and rule the app shows, with the source it cites, the
// date the source states, the day it was checked and how many months ago that was, oldest
// check first. Not part of `make test`: the passing of time must not break CI.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('../public/data/', import.meta.url).pathname;
const today = new Date();

function files(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.json') ? [path] : [];
  });
}

function monthsSince(checked) {
  const [y, m, d] = checked.split('-').map(Number);
  let months = (today.getUTCFullYear() - y) * 12 + (today.getUTCMonth() + 1 - m);
  if (today.getUTCDate() < d) months -= 1;
  return Math.max(months, 0);
}

// A short description of the figure or rule an object states.
function figure(object) {
  const name = object.id ?? object.code ?? '';
  const value = object.pricing
    ? JSON.stringify(object.pricing)
    : object.days !== undefined
      ? `${object.days} days${object.valid_until ? ` until ${object.valid_until}` : ''}`
      : ['calendar_days', 'business_days', 'months']
          .filter((key) => object[key] !== undefined)
          .map((key) => `${object[key]} ${key.replace('_', ' ')}`)
          .join('');
  return `${name} ${value}`.trim();
}

const rows = [];
for (const file of files(root)) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const sources = new Map();
  const collect = (value) => {
    if (Array.isArray(value)) return value.forEach(collect);
    if (value && typeof value === 'object') {
      if (value.id && value.url && value.checked) sources.set(value.id, value);
      Object.values(value).forEach(collect);
    }
  };
  collect(data);
  const visit = (value, path) => {
    if (Array.isArray(value)) return value.forEach((item, i) => visit(item, `${path}[${i}]`));
    if (!value || typeof value !== 'object') return;
    const cited = typeof value.source === 'string' ? [value.source] : [];
    if (Array.isArray(value.sources) && value.sources.every((s) => typeof s === 'string')) {
      cited.push(...value.sources);
    }
    // A file or section with one source object of its own (holidays, currencies, closure).
    if (value.source && typeof value.source === 'object') {
      sources.set(value.source.id, value.source);
      cited.push(value.source.id);
    }
    for (const id of cited) {
      const source = sources.get(id);
      rows.push({
        file: relative(root, file),
        path: path || '(file)',
        figure: figure(value),
        source: id,
        as_of: source?.as_of ?? '-',
        checked: source?.checked ?? 'MISSING',
        url: source?.url ?? 'MISSING',
      });
    }
    for (const [key, child] of Object.entries(value)) {
      if (key !== 'source') visit(child, `${path}.${key}`);
    }
  };
  visit(data, '');
}

rows.sort((a, b) => a.checked.localeCompare(b.checked) || a.file.localeCompare(b.file));
console.log(`Figures and rules by the day their source was checked (today ${today.toISOString().slice(0, 10)})`);
console.log(['months', 'checked', 'as_of', 'file', 'figure', 'source', 'url'].join('\t'));
for (const row of rows) {
  const months = row.checked === 'MISSING' ? '?' : String(monthsSince(row.checked));
  console.log([months, row.checked, row.as_of, `${row.file}${row.path}`, row.figure, row.source, row.url].join('\t'));
}
console.log(`${rows.length} figures and rules; over 12 months: ${rows.filter((r) => r.checked !== 'MISSING' && monthsSince(r.checked) > 12).length}`);
