package org.yifa;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Yifa: the checklist of law-based administration as a knowledge graph, served over SPARQL and JSON. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class YifaApplication {

    public static void main(String[] args) {
        SpringApplication.run(YifaApplication.class, args);
    }
}
