"""rdflib and SPARQLWrapper against a SPARQL endpoint, as their users call them.

Usage: python3 sparql_clients.py ENDPOINT SELECT_QUERY CONSTRUCT_QUERY
Prints one JSON object: what each client read (row and triple counts, the ASK answer).
"""
import csv
import io
import json
import sys

import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import SPARQLWrapper, JSON, XML, CSV, TSV, N3, RDFXML, TURTLE

endpoint, select, construct = sys.argv[1], sys.argv[2], sys.argv[3]
out = {}

# rdflib: a read-only graph over the endpoint, in SPARQL JSON and in its default (XML; RDF/XML for graphs).
for fmt in ("json", "xml"):
    graph = rdflib.Graph(store=SPARQLStore(endpoint, returnFormat=fmt))
    out["rdflib_%s_select_rows" % fmt] = len(list(graph.query(select)))
    out["rdflib_%s_ask" % fmt] = bool(graph.query("ASK { ?s ?p ?o }").askAnswer)
graph = rdflib.Graph(store=SPARQLStore(endpoint))
out["rdflib_construct_triples"] = len(graph.query(construct).graph)

# SPARQLWrapper: every return format it offers for each kind of query.
def wrapper(query, fmt):
    s = SPARQLWrapper(endpoint)
    s.setQuery(query)
    s.setReturnFormat(fmt)
    return s.query()

out["sparqlwrapper_select_json_rows"] = len(wrapper(select, JSON).convert()["results"]["bindings"])
out["sparqlwrapper_select_xml_rows"] = len(wrapper(select, XML).convert().getElementsByTagName("result"))
for name, fmt in (("csv", CSV), ("tsv", TSV)):
    text = wrapper(select, fmt).convert().decode("utf-8")
    table = csv.reader(io.StringIO(text), delimiter="," if name == "csv" else "\t")
    out["sparqlwrapper_select_%s_rows" % name] = sum(1 for _ in table) - 1
for name, fmt, syntax in (("n3", N3, "n3"), ("turtle", TURTLE, "turtle"), ("rdfxml", RDFXML, None),
                          ("xml", XML, None)):
    result = wrapper(construct, fmt).convert()
    if isinstance(result, (bytes, str)):
        g = rdflib.Graph()
        g.parse(data=result, format=syntax)
        result = g
    out["sparqlwrapper_construct_%s_triples" % name] = len(result)
out["sparqlwrapper_ask"] = wrapper("ASK { ?s ?p ?o }", JSON).convert()["boolean"]

print(json.dumps(out, sort_keys=True))
