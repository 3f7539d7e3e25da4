package org.yifa.lod;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.context.request.WebRequest;

/**
 * The data dumps ({@code /downloads/yifa.ttl}, {@code yifa.nq.gz}, {@code yifa.jsonld}) and a page
 * that lists them with their sizes and triple counts ({@code /downloads}).
 */
@Controller
class DownloadController {

    private final Dumps dumps;
    private final VoidController voidController;

    DownloadController(Dumps dumps, VoidController voidController) {
        this.dumps = dumps;
        this.voidController = voidController;
    }

    @GetMapping("/downloads")
    ResponseEntity<String> page(HttpServletRequest request) {
        Dumps.Snapshot snapshot = dumps.current();
        DatasetStats stats = snapshot.stats();
        String cp = request.getContextPath();
        Html html = new Html();
        html.begin("下载 Downloads", cp, Map.of());
        html.element("h1", "下载 Downloads");
        html.element("p", "公开数据集的下载文件；所有数字均由存储统计得出。Dumps of the published dataset; every number is counted in the store.");
        html.raw("<table><thead><tr><th>文件 File</th><th>内容 Content</th><th>大小 Size</th><th>三元组 Triples</th></tr></thead><tbody>");
        for (Dumps.File f : snapshot.files().values()) {
            html.open("tr").open("td").link(cp + "/downloads/" + f.dump().file, f.dump().file).close("td")
                    .element("td", f.dump().description)
                    .element("td", size(f.bytes()))
                    .element("td", f.statements() + (f.dump() == Dumps.Dump.N_QUADS ? " quads" : ""))
                    .close("tr");
        }
        byte[] voidTurtle = voidController.turtle(request);
        html.open("tr").open("td").link(cp + "/downloads/void.ttl", "void.ttl").close("td")
                .element("td", "VoID 数据集描述：各命名图、类划分与链接集的统计 — VoID: subsets per named graph, class partitions, linksets")
                .element("td", size(voidTurtle.length)).element("td", "—").close("tr");
        html.raw("</tbody></table>");

        html.element("h2", "公开命名图 Public named graphs");
        html.raw("<table><thead><tr><th>命名图 Graph</th><th>三元组 Triples</th></tr></thead><tbody>");
        stats.graphTriples().forEach((g, n) -> html.open("tr").open("td").link(LodIris.href(cp, g.getURI()), g.getURI())
                .close("td").element("td", n).close("tr"));
        html.raw("</tbody></table>");
        html.element("p", "合并去重后共 " + stats.triples() + " 条三元组。" + stats.triples()
                + " distinct triples when merged. 单位上传的佐证材料与考核结果属于各单位，不在下载文件中。"
                + "Evidence uploaded by units and their assessment rounds belong to those units and are not in the dumps.");
        html.open("p").link(cp + "/void", "VoID").text(" · ").link(cp + JsonLdContext.PATH, "JSON-LD context")
                .text(" · ").link(cp + "/sparql", "SPARQL").text(" · ").link(cp + "/ont", "本体 Ontology").close("p");
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(html.end());
    }

    @GetMapping("/downloads/{file:yifa\\..+}")
    ResponseEntity<Resource> file(@PathVariable String file, WebRequest request) {
        Dumps.Dump dump = Dumps.Dump.named(file).orElse(null);
        if (dump == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No download named '" + file + "'; the dumps are listed at /downloads");
        }
        Dumps.Snapshot snapshot = dumps.current();
        Dumps.File written = snapshot.files().get(dump);
        String etag = "\"" + snapshot.key().substring(0, 16) + "-" + dump.name().toLowerCase() + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(dump.contentType))
                .contentLength(written.bytes())
                .eTag(etag)
                .cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(dump.file).build().toString())
                .body(new FileSystemResource(written.path()));
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format("%.1f KiB", bytes / 1024.0);
        }
        return String.format("%.1f MiB", bytes / (1024.0 * 1024));
    }
}
