"""pyld reads a JSON-LD document and prints N-Quads; a context given by URL is fetched by pyld's own loader.

Usage: python3 pyld_nquads.py URL

The document itself is fetched here: pyld 2.0's requests loader fails on a response with more than one
rel="alternate" Link (it expects one), which the service's resource pages send, one per other format.
"""
import sys

import requests
from pyld import jsonld

url = sys.argv[1]
response = requests.get(url, headers={"Accept": "application/ld+json"})
response.raise_for_status()
print(jsonld.to_rdf(response.json(), {"base": url, "format": "application/n-quads"}), end="")
