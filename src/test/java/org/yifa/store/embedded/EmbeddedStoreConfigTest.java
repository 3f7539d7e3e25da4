package org.yifa.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yifa.testing.YifaSpringTest;

@YifaSpringTest
class EmbeddedStoreConfigTest {

    @Autowired
    Dataset dataset;

    @Test
    void theServicesStoreDecodesTermsThroughBlocksOfItsNodeFile() {
        assertThat(NodeReadBuffer.isInstalled(dataset.asDatasetGraph())).isTrue();
    }
}
