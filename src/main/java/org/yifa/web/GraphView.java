package org.yifa.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code GET /api/ui/graph}: a node, its neighbours of kinds the explorer shows, and the edges between them. */
record GraphView(@Schema(example = "2024") int year, GraphNode node, List<GraphNode> nodes, List<GraphEdge> edges) {
}
