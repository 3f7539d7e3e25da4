// jsonld.js reads a JSON-LD document (its context fetched by jsonld.js's own loader) and prints N-Quads.
// Usage: node jsonld_nquads.mjs URL
import jsonld from 'jsonld';

const url = process.argv[2];
const response = await fetch(url, { headers: { Accept: 'application/ld+json' } });
if (!response.ok) {
  throw new Error(`${url}: ${response.status}`);
}
const document = await response.json();
const nquads = await jsonld.toRDF(document, { base: url, format: 'application/n-quads' });
process.stdout.write(nquads);
