package org.yifa.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the figures were measured on. */
final class Machine {

    private Machine() {
    }

    static Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("cpu", line("/proc/cpuinfo", "model name", ':'));
        m.put("memory_mb", kb("MemTotal") / 1024);
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + pretty());
        m.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("jvm_args", ManagementFactory.getRuntimeMXBean().getInputArguments());
        m.put("max_heap_mb", Runtime.getRuntime().maxMemory() / 1048576);
        m.put("load_average_at_start", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return m;
    }

    private static String pretty() {
        String name = line("/etc/os-release", "PRETTY_NAME", '=');
        return name.isEmpty() ? "" : "(" + name.replace("\"", "") + ")";
    }

    /** The value of the first line of {@code file} starting with {@code key}, after {@code separator}. */
    private static String line(String file, String key, char separator) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            return lines.stream().filter(l -> l.startsWith(key)).map(l -> l.substring(l.indexOf(separator) + 1).strip())
                    .findFirst().orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    private static long kb(String key) {
        String value = line("/proc/meminfo", key, ':').replaceAll("\\D+", "");
        return value.isEmpty() ? 0 : Long.parseLong(value);
    }
}
