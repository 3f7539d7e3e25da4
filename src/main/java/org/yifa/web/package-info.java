/**
 * The browser side's own JSON, for what the public API does not answer in one call: the framework
 * as a tree, the names of concepts, a node's neighbourhood in the graph explorer, and the text of a
 * library query for the SPARQL workbench. The pages themselves are static files under {@code static/}.
 */
package org.yifa.web;
