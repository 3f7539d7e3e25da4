// Comunica queries a SPARQL endpoint as a federation engine does: it decomposes the query and fetches
// the triple patterns from the endpoint. Prints the result rows as JSON, one object per row.
// Usage: node comunica_select.mjs ENDPOINT QUERY
import { QueryEngine } from '@comunica/query-sparql';

const [endpoint, query] = process.argv.slice(2);
const engine = new QueryEngine();
const stream = await engine.queryBindings(query, { sources: [{ type: 'sparql', value: endpoint }], lenient: false });
const rows = [];
for await (const bindings of stream) {
  const row = {};
  for (const [variable, term] of bindings) {
    row[variable.value] = term.value;
  }
  rows.push(row);
}
process.stdout.write(JSON.stringify(rows));
